package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.QueryWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the rows a run will fetch, so progress can show an ETA; an unknown total never stops a run. */
final class RunTotals {
    private static final Logger LOG = LoggerFactory.getLogger(RunTotals.class);

    private final SocrataSource source;

    RunTotals(SocrataSource source) {
        this.source = requireNonNull(source, "source is null");
    }

    /** The expected rows of the run, capped by its per-window limit, or null when the source cannot say. */
    Long count(IngestRun run) {
        if (run.windows().isEmpty()) {
            // An export file is read once, front to back; counting its rows would read it twice.
            return null;
        }
        try {
            long total = 0;
            for (QueryWindow window : run.windows()) {
                long rows = source.countRows(run.datasetId(), window);
                total += run.rowLimitPerWindow() == null ? rows : Math.min(rows, run.rowLimitPerWindow());
            }
            return total;
        } catch (SourceFailedException e) {
            LOG.warn("ingest count_unknown run={} reason={}", run.id(), e.getMessage());
            return null;
        }
    }
}
