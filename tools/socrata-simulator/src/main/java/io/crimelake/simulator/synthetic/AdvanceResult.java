package io.crimelake.simulator.synthetic;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** What advancing the dataset's clock changed. */
public record AdvanceResult(int added, int updated, int deleted, Instant rowsUpdatedAt) {

    public AdvanceResult {
        requireNonNull(rowsUpdatedAt, "rowsUpdatedAt is null");
        if (added < 0 || updated < 0 || deleted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    AdvanceResult plus(AdvanceResult later) {
        return new AdvanceResult(
                added + later.added, updated + later.updated, deleted + later.deleted, later.rowsUpdatedAt);
    }
}
