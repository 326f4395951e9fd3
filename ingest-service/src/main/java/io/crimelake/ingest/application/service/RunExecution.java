package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.ingest.domain.RunProgress;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Lineage;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pulls a run's portal windows page by page from its checkpoint, committing each page before checkpointing it. */
final class RunExecution {
    private static final Logger LOG = LoggerFactory.getLogger(RunExecution.class);

    private final SocrataSource source;
    private final StagingStore staging;
    private final Checkpoints checkpoints;

    RunExecution(SocrataSource source, StagingStore staging, Checkpoints checkpoints) {
        this.source = requireNonNull(source, "source is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.checkpoints = requireNonNull(checkpoints, "checkpoints is null");
    }

    /** Carries the run on until every window is exhausted; returns it with its final progress. */
    IngestRun carryOut(IngestRun started) throws IOException {
        // The first start time, so a page fetched again after a crash carries the same lineage as before.
        Lineage lineage = new Lineage(started.id(), started.startedAt());
        Set<String> reportedUnknownFields = new HashSet<>();
        IngestRun run = started;
        while (run.currentWindow().isPresent()) {
            QueryWindow window = run.currentWindow().get();
            RunProgress progress = run.progress();
            long wanted = wantedRows(run);
            if (wanted == 0) {
                run = checkpoints.save(run.withProgress(progress.nextWindow()), null);
                continue;
            }
            long pageNumber = progress.pages() + 1;
            String runId = run.id();
            var request = new PageRequest(run.datasetId(), window, progress.lastKey(), (int) wanted);
            NormalisingReceiver receiver = source.fetchPage(
                    request,
                    () -> new NormalisingReceiver(
                            staging.openPage(runId, pageNumber),
                            CrimesDataset.definition().normaliser(),
                            CrimesDataset.definition().keyColumn(),
                            lineage,
                            pageNumber));
            receiver.finish();
            reportUnknownFields(runId, receiver.unknownFields(), reportedUnknownFields);
            PageSummary page = receiver.summary();
            RunProgress next = page.rows() > 0 ? progress.afterPage(page) : progress;
            run = checkpoints.save(run.withProgress(page.keyedRows() < wanted ? next.nextWindow() : next), page);
        }
        return run;
    }

    private static long wantedRows(IngestRun run) {
        long remaining = run.rowLimitPerWindow() == null
                ? Long.MAX_VALUE
                : run.rowLimitPerWindow() - run.progress().rowsInWindow();
        return Math.max(0, Math.min(run.pageSize(), remaining));
    }

    private static void reportUnknownFields(String runId, Set<String> fields, Set<String> reported) {
        for (String field : fields) {
            if (reported.add(field)) {
                LOG.warn(
                        "ingest unknown_field run={} field={} (ignored; the lake schema does not have it)",
                        runId,
                        field);
            }
        }
    }
}
