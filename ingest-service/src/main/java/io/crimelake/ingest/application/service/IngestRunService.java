package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.out.IngestMetrics;
import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.ingest.application.port.out.StateStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.ingest.domain.LeaseLostException;
import io.crimelake.ingest.domain.RunMode;
import io.crimelake.ingest.domain.RunStatus;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts runs, resuming the dataset's unfinished run first, and carries them out under the dataset lease.
 *
 * <p>A run that crashed, or failed after the source gave up, is continued from its checkpoint by the next
 * trigger, whatever that trigger asks for, so a batch is never left half staged by accident. A run that has
 * failed {@code maxFailures} times is abandoned instead: its partial batch is deleted (it was never handed off)
 * and the next trigger plans a new run from the dataset state, whose watermarks only completed runs move, so an
 * incremental run pulls the abandoned run's rows again.
 */
public final class IngestRunService implements RunIngestUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRunService.class);

    private final IngestServiceSettings settings;
    private final RunPlanner planner;
    private final RunExecution execution;
    private final ExportExecution exportExecution;
    private final RunTotals totals;
    private final RunStore runs;
    private final StateStore states;
    private final StagingStore staging;
    private final RunLock lock;
    private final IngestMetrics metrics;
    private final HandoffService handoffs;
    private final Clock clock;

    public IngestRunService(IngestServiceSettings settings, IngestPorts ports, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.runs = ports.runs();
        this.states = ports.states();
        this.staging = ports.staging();
        this.lock = ports.lock();
        this.planner = new RunPlanner(
                settings.windowPolicy(), settings.defaultPageSize(), clock.withZone(settings.sourceZone()));
        this.metrics = ports.metrics();
        this.handoffs = new HandoffService(
                ports.lake(), runs, CrimesDataset.definition().name());
        var checkpoints = new Checkpoints(runs, lock, metrics, clock);
        this.execution = new RunExecution(ports.source(), staging, checkpoints);
        this.exportExecution = new ExportExecution(ports.exports(), staging, checkpoints);
        this.totals = new RunTotals(ports.source());
    }

    @Override
    public IngestRun start(StartRunCommand command) {
        requireNonNull(command, "command is null");
        String datasetId = settings.datasetId();
        Optional<IngestRun> unfinished = runs.list().stream()
                .filter(run -> run.datasetId().equals(datasetId))
                .findFirst()
                .filter(IngestRun::resumable);
        String runId = unfinished.map(IngestRun::id).orElseGet(() -> RunIds.next(clock));
        lock.acquire(datasetId, runId);
        if (unfinished.isPresent()) {
            LOG.info(
                    "ingest resume run={} status={} pages={}",
                    runId,
                    unfinished.get().status(),
                    unfinished.get().progress().pages());
            return unfinished.get();
        }
        IngestState state = states.load(datasetId).orElse(null);
        IngestRun run = IngestRun.pending(runId, datasetId, planner.plan(command, state), clock.instant());
        runs.save(run);
        LOG.info("ingest start run={} mode={} source={}", runId, run.mode(), run.describeSource());
        return run;
    }

    @Override
    public IngestRun execute(String runId) {
        IngestRun run = runs.find(runId).orElseThrow(() -> new NoSuchElementException("no run " + runId));
        Instant began = clock.instant();
        boolean leaseLost = false;
        try {
            run = run.running(clock.instant(), run.totalRows() == null ? totals.count(run) : null);
            runs.save(run);
            staging.deletePagesAfter(runId, run.progress().pages());
            run = (run.mode() == RunMode.CSV ? exportExecution.carryOut(run) : execution.carryOut(run))
                    .completed(clock.instant());
            LOG.info(
                    "ingest completed run={} pages={} rows={} quarantined={} rows_per_s={}",
                    runId,
                    run.progress().pages(),
                    run.progress().rowsFetched(),
                    run.progress().rowsQuarantined(),
                    Math.round(run.rowsPerSecond(clock.instant())));
        } catch (LeaseLostException e) {
            // Another replica took the dataset over and continues this run from its checkpoint, so nothing more is
            // written here, not even this failure: the caller gets it, the stored record stays the new holder's.
            leaseLost = true;
            run = run.failed(clock.instant(), reason(e));
            LOG.error(
                    "ingest stopped run={} pages={}: {}", runId, run.progress().pages(), run.error());
        } catch (IOException | RuntimeException e) {
            // The stored record holds the latest checkpoint; the local copy may be a page behind.
            run = runs.find(runId).orElse(run).failed(clock.instant(), reason(e));
            LOG.error(
                    "ingest failed run={} pages={} failures={} of={} error={}",
                    runId,
                    run.progress().pages(),
                    run.failures(),
                    settings.maxFailures(),
                    run.error(),
                    e);
            if (run.failures() >= settings.maxFailures()) {
                run = abandon(run);
            }
        } finally {
            if (!leaseLost) {
                finish(run);
            }
            metrics.runFinished(run.status(), Duration.between(began, clock.instant()));
        }
        if (run.status() == RunStatus.COMPLETED) {
            // Earlier batches the lake could not take go first, then this one; a failure leaves them staged.
            handoffs.handOffPending();
            run = runs.find(runId).orElse(run);
        }
        return run;
    }

    private IngestRun abandon(IngestRun run) {
        try {
            staging.deletePagesAfter(run.id(), 0);
        } catch (IOException e) {
            // Left FAILED: the next trigger resumes it, and abandons it on a later failure once its batch can go.
            LOG.error("ingest cannot delete the partial batch of run={}; it stays FAILED", run.id(), e);
            return run;
        }
        LOG.warn(
                "ingest abandoned run={} after {} failures; its partial batch is deleted and the next trigger"
                        + " plans a new run from the state",
                run.id(),
                run.failures());
        return run.abandoned();
    }

    private void finish(IngestRun run) {
        try {
            runs.save(run);
            if (run.status().finished()) {
                IngestState state = states.load(run.datasetId())
                        .orElseGet(() -> IngestState.initial(
                                run.datasetId(), settings.windowPolicy().backfillDays()));
                states.save(state.after(run));
            }
        } finally {
            lock.release(run.datasetId(), run.id());
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }
}
