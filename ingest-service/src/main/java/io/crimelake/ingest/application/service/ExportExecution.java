package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.ExportSource;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Lineage;
import java.io.IOException;

/**
 * Reads a run's export file in pages of {@code pageSize} rows, committing and checkpointing each; a resumed run
 * reopens the file and skips the rows its checkpoint already counts.
 */
final class ExportExecution {
    private final ExportSource exports;
    private final StagingStore staging;
    private final Checkpoints checkpoints;

    ExportExecution(ExportSource exports, StagingStore staging, Checkpoints checkpoints) {
        this.exports = requireNonNull(exports, "exports is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.checkpoints = requireNonNull(checkpoints, "checkpoints is null");
    }

    IngestRun carryOut(IngestRun started) throws IOException {
        Lineage lineage = new Lineage(started.id(), started.startedAt());
        long limit = started.rowLimitPerWindow() == null ? Long.MAX_VALUE : started.rowLimitPerWindow();
        IngestRun run = started;
        try (ExportSource.Cursor cursor =
                exports.open(run.exportLocation(), run.progress().rowsFetched())) {
            boolean more = true;
            while (more) {
                long wanted = Math.min(run.pageSize(), limit - run.progress().rowsFetched());
                if (wanted <= 0) {
                    break;
                }
                long pageNumber = run.progress().pages() + 1;
                var receiver = new NormalisingReceiver(
                        staging.openPage(run.id(), pageNumber),
                        CrimesDataset.definition().normaliser(),
                        CrimesDataset.definition().keyColumn(),
                        lineage,
                        pageNumber);
                more = fill(receiver, cursor, wanted);
                receiver.finish();
                PageSummary page = receiver.summary();
                if (page.rows() > 0) {
                    run = checkpoints.save(run.withProgress(run.progress().afterPage(page)), page);
                }
            }
        }
        return run;
    }

    /** Moves up to {@code wanted} rows into the receiver; returns whether the export may hold more. */
    private static boolean fill(NormalisingReceiver receiver, ExportSource.Cursor cursor, long wanted)
            throws IOException {
        try {
            for (long taken = 0; taken < wanted; taken++) {
                RawRow row = cursor.next();
                if (row == null) {
                    return false;
                }
                receiver.accept(row);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            receiver.discard();
            throw e;
        }
    }
}
