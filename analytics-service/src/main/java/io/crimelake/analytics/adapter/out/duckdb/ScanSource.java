package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.application.port.out.ServingLayout;
import io.crimelake.analytics.domain.Snapshot;

/**
 * Chooses how queries read a snapshot, straight from its Parquet files or from a serving table, and prepares
 * that before the snapshot becomes current.
 */
public interface ScanSource extends ServingLayout {

    /** The scan of {@code snapshot}, which holds at least one file. */
    Scan scan(Snapshot snapshot);
}
