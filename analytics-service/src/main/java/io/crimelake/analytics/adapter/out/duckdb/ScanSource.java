package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.application.port.out.ServingLayout;
import io.crimelake.analytics.domain.Snapshot;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses how queries read a snapshot, straight from its Parquet files or from a serving table, and prepares
 * that after the snapshot becomes current.
 */
public interface ScanSource extends ServingLayout {

    /**
     * Runs the query {@code build} writes over a scan of exactly {@code snapshot}'s rows (which hold at least one
     * file) and reads its result with {@code reader}.
     */
    <T> T query(Snapshot snapshot, Function<Scan, SqlQuery> build, ResultReader<T> reader);

    /**
     * Runs {@code query} over the per-partition summaries ({@link PartitionSummaries}) of exactly {@code snapshot}
     * when this source keeps them for it; empty otherwise, and the caller scans the rows instead.
     */
    default <T> Optional<T> querySummaries(Snapshot snapshot, SqlQuery query, ResultReader<T> reader) {
        return Optional.empty();
    }
}
