package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.Snapshot;

/** Outgoing port building a faster layout for querying a snapshot, such as a table with precomputed columns. */
public interface ServingLayout {

    /**
     * Builds the layout for {@code snapshot}; may take seconds. Queries on a snapshot whose layout is not ready
     * yet must get the same answers (read from its Parquet files), so a snapshot can become current at once.
     */
    void prepare(Snapshot snapshot);
}
