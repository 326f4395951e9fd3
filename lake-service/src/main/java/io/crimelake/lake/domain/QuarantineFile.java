package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A file of rows ingest could not normalise, kept in the lake so nothing is dropped silently. */
public record QuarantineFile(String dataset, BatchId batchId, String key, long bytes, Instant lastModified) {
    public QuarantineFile {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(batchId, "batchId is null");
        requireNonNull(key, "key is null");
        requireNonNull(lastModified, "lastModified is null");
    }
}
