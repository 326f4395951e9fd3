package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;

/** Outgoing port writing the matching incidents of one snapshot to a local file in a columnar format. */
public interface IncidentFileWriter {

    /**
     * Writes every incident of {@code snapshot} matching {@code filter} as a Parquet file at {@code target},
     * which must not exist; an empty or data-less snapshot gives a valid file with no rows.
     */
    void writeParquet(Snapshot snapshot, QueryFilter filter, Path target);
}
