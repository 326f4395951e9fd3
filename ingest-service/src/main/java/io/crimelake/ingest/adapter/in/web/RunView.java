package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.QueryWindow;
import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it: its audit fields plus live progress, rate and time left; {@code failures} counts
 * towards {@code RUN_MAX_FAILURES}, after which the run is ABANDONED.
 */
record RunView(
        String id,
        String dataset,
        String mode,
        List<String> windows,
        String exportLocation,
        String status,
        String error,
        int failures,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long pages,
        long rowsFetched,
        long rowsQuarantined,
        Long totalRows,
        long rowsPerSecond,
        Long etaSeconds,
        HandoffView handoff) {

    /** What lake-service did with the batch; absent until it has taken it. */
    record HandoffView(Instant at, Long snapshotId, long rowsInserted, long rowsUpdated, long rowsUnchanged) {}

    static RunView fromDomain(IngestRun run, Instant now) {
        return new RunView(
                run.id(),
                run.datasetId(),
                run.mode().name().toLowerCase(java.util.Locale.ROOT),
                run.windows().stream().map(QueryWindow::describe).toList(),
                run.exportLocation(),
                run.status().name(),
                run.error(),
                run.failures(),
                run.createdAt(),
                run.startedAt(),
                run.finishedAt(),
                run.progress().pages(),
                run.progress().rowsFetched(),
                run.progress().rowsQuarantined(),
                run.totalRows(),
                Math.round(run.rowsPerSecond(now)),
                run.estimatedTimeLeft(now).map(java.time.Duration::toSeconds).orElse(null),
                run.handoff() == null
                        ? null
                        : new HandoffView(
                                run.handoff().at(),
                                run.handoff().snapshotId(),
                                run.handoff().rowsInserted(),
                                run.handoff().rowsUpdated(),
                                run.handoff().rowsUnchanged()));
    }
}
