package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.IngestMetrics;
import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.RunProgress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves a run's checkpoint after a page, keeps its lease alive and logs the page's progress line. */
final class Checkpoints {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final RunStore runs;
    private final RunLock lock;
    private final IngestMetrics metrics;
    private final Clock clock;

    Checkpoints(RunStore runs, RunLock lock, IngestMetrics metrics, Clock clock) {
        this.runs = requireNonNull(runs, "runs is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.lock = requireNonNull(lock, "lock is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Saves the run as it stands after {@code page} (null when no page was committed) and returns it. */
    IngestRun save(IngestRun run, PageSummary page) {
        // Renewing first fences off a replica that was taken over: it fails here instead of overwriting the
        // checkpoint of the replica that now continues the run.
        lock.renew(run.datasetId(), run.id());
        runs.save(run);
        if (page != null && page.rows() > 0) {
            metrics.pageStaged(page.rows(), page.quarantined());
            logPage(run, page);
        }
        return run;
    }

    private void logPage(IngestRun run, PageSummary page) {
        var now = clock.instant();
        RunProgress progress = run.progress();
        LOG.info(
                "ingest page run={} page={} rows={} quarantined={} rows_total={} of={} rows_per_s={} eta_s={}",
                run.id(),
                progress.pages(),
                page.rows(),
                page.quarantined(),
                progress.rowsFetched(),
                run.totalRows() == null ? "unknown" : run.totalRows(),
                Math.round(run.rowsPerSecond(now)),
                run.estimatedTimeLeft(now)
                        .map(d -> String.valueOf(d.toSeconds()))
                        .orElse("unknown"));
    }
}
