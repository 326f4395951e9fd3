package io.crimelake.ui.domain.admin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One ingest run with its live progress.
 *
 * @param totalRows rows the run expects, known once the source counted them
 * @param timeLeft estimated time to completion, while running and the total is known
 * @param handoff what lake-service made of the batch, null until it took it
 */
public record IngestRun(
        String id,
        String mode,
        RunStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long pages,
        long rowsFetched,
        long rowsQuarantined,
        Long totalRows,
        long rowsPerSecond,
        Duration timeLeft,
        String error,
        LakeHandoff handoff) {

    public IngestRun {
        requireNonNull(id, "id is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(status, "status is null");
    }

    /** The share of the expected rows fetched, 0..1, when the total is known. */
    public OptionalDouble fractionDone() {
        if (status == RunStatus.COMPLETED) {
            return OptionalDouble.of(1);
        }
        if (totalRows == null || totalRows <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(1, (double) rowsFetched / totalRows));
    }

    public Optional<LakeHandoff> lakeHandoff() {
        return Optional.ofNullable(handoff);
    }
}
