package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The audit record and checkpoint of one ingest run; its plan (and so its windows) is frozen when it is created.
 *
 * @param totalRows rows the source reported for the windows when the run started, or null when unknown
 * @param error why the run failed (its latest failure), or null
 * @param failures how many times the run has failed; each trigger resumes it until it is abandoned
 * @param handoff what the lake did with the completed batch, or null while it has not taken it
 */
public record IngestRun(
        String id,
        String datasetId,
        RunPlan plan,
        RunStatus status,
        String error,
        int failures,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long totalRows,
        RunProgress progress,
        Handoff handoff) {

    public IngestRun {
        requireNonNull(id, "id is null");
        requireNonNull(datasetId, "datasetId is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(progress, "progress is null");
        if (handoff != null && status != RunStatus.COMPLETED) {
            throw new IllegalArgumentException("only a completed run's batch can be handed off");
        }
        if ((status == RunStatus.FAILED || status == RunStatus.ABANDONED) && error == null) {
            throw new IllegalArgumentException("a failed run needs an error");
        }
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative");
        }
    }

    public static IngestRun pending(String id, String datasetId, RunPlan plan, Instant createdAt) {
        return new IngestRun(
                id,
                datasetId,
                plan,
                RunStatus.PENDING,
                null,
                0,
                createdAt,
                null,
                null,
                null,
                RunProgress.start(),
                null);
    }

    public RunMode mode() {
        return plan.mode();
    }

    /** What a portal run asks for; empty for a run that reads an export file. */
    public List<QueryWindow> windows() {
        return plan.windows();
    }

    /** The portal export file (path or URL) a bootstrap run reads, or null. */
    public String exportLocation() {
        return plan.exportLocation();
    }

    /** At most this many rows per window, or null for all of them. */
    public Long rowLimitPerWindow() {
        return plan.rowLimitPerWindow();
    }

    public int pageSize() {
        return plan.pageSize();
    }

    /**
     * The run as it (re)starts; a resumed run keeps its first start time and its total. The start time is the
     * rows' lineage time, so it is kept to the microsecond precision the lake stores.
     */
    public IngestRun running(Instant now, Long total) {
        Instant firstStart = startedAt != null ? startedAt : now.truncatedTo(ChronoUnit.MICROS);
        Long knownTotal = totalRows != null ? totalRows : total;
        return new IngestRun(
                id,
                datasetId,
                plan,
                RunStatus.RUNNING,
                null,
                failures,
                createdAt,
                firstStart,
                null,
                knownTotal,
                progress,
                handoff);
    }

    public IngestRun withProgress(RunProgress newProgress) {
        return new IngestRun(
                id,
                datasetId,
                plan,
                status,
                error,
                failures,
                createdAt,
                startedAt,
                finishedAt,
                totalRows,
                newProgress,
                handoff);
    }

    public IngestRun completed(Instant now) {
        return new IngestRun(
                id,
                datasetId,
                plan,
                RunStatus.COMPLETED,
                null,
                failures,
                createdAt,
                startedAt,
                now,
                totalRows,
                progress,
                handoff);
    }

    /** The run after one more failure; the next trigger resumes it from its checkpoint. */
    public IngestRun failed(Instant now, String reason) {
        requireNonNull(reason, "reason is null");
        return new IngestRun(
                id,
                datasetId,
                plan,
                RunStatus.FAILED,
                reason,
                failures + 1,
                createdAt,
                startedAt,
                now,
                totalRows,
                progress,
                handoff);
    }

    /** The failed run given up for good: it is never resumed and its partial batch is never handed off. */
    public IngestRun abandoned() {
        if (status != RunStatus.FAILED) {
            throw new IllegalStateException("only a failed run can be abandoned, not a " + status + " one");
        }
        return new IngestRun(
                id,
                datasetId,
                plan,
                RunStatus.ABANDONED,
                error,
                failures,
                createdAt,
                startedAt,
                finishedAt,
                totalRows,
                progress,
                handoff);
    }

    /** Whether a trigger must continue this run before planning a new one: it crashed or failed, not given up. */
    public boolean resumable() {
        return status != RunStatus.COMPLETED && status != RunStatus.ABANDONED;
    }

    /** The run once the lake has taken its batch. */
    public IngestRun handedOff(Handoff result) {
        requireNonNull(result, "result is null");
        return new IngestRun(
                id,
                datasetId,
                plan,
                status,
                error,
                failures,
                createdAt,
                startedAt,
                finishedAt,
                totalRows,
                progress,
                result);
    }

    /** Whether the run completed and the lake has not taken its batch yet. */
    public boolean awaitingHandoff() {
        return status == RunStatus.COMPLETED && handoff == null;
    }

    /** What the run reads, in a few words for logs. */
    public String describeSource() {
        if (exportLocation() != null) {
            return "export " + exportLocation();
        }
        List<QueryWindow> windows = windows();
        String first = windows.getFirst().describe();
        return windows.size() == 1 ? first : windows.size() + " windows from " + first;
    }

    /** The window being pulled, or empty when every window is done. */
    public Optional<QueryWindow> currentWindow() {
        int index = progress.windowIndex();
        return index < windows().size() ? Optional.of(windows().get(index)) : Optional.empty();
    }

    /** Rows fetched per second since the run first started, or 0 before it has. */
    public double rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return progress.rowsFetched() * 1000.0 / millis;
    }

    /** Time left at the current rate, when the total is known and the run is moving. */
    public Optional<Duration> estimatedTimeLeft(Instant now) {
        double rate = rowsPerSecond(now);
        if (totalRows == null || status != RunStatus.RUNNING || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, totalRows - progress.rowsFetched());
        return Optional.of(Duration.ofMillis((long) (left * 1000 / rate)));
    }
}
