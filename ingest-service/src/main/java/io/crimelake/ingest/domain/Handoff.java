package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the lake reported when it compacted a run's staged batch.
 *
 * @param snapshotId the lake snapshot that holds the batch, or null when the batch changed nothing
 */
public record Handoff(Instant at, Long snapshotId, long rowsInserted, long rowsUpdated, long rowsUnchanged) {
    public Handoff {
        requireNonNull(at, "at is null");
        if (rowsInserted < 0 || rowsUpdated < 0 || rowsUnchanged < 0) {
            throw new IllegalArgumentException("row counts must not be negative");
        }
    }
}
