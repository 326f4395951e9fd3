package io.crimelake.ingest.application.service.reference;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.in.reference.RefreshBoundariesUseCase;
import io.crimelake.ingest.domain.IngestRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out ingest runs as the wrapped use case does and refreshes the community-area boundaries after each,
 * so every run (scheduled, triggered or {@code --once}) keeps both datasets current. The boundaries are
 * reference data for the dashboard: failing to refresh them is logged and never fails the crimes run.
 */
public final class BoundaryRefreshingRuns implements RunIngestUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(BoundaryRefreshingRuns.class);

    private final RunIngestUseCase runs;
    private final RefreshBoundariesUseCase boundaries;

    public BoundaryRefreshingRuns(RunIngestUseCase runs, RefreshBoundariesUseCase boundaries) {
        this.runs = requireNonNull(runs, "runs is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
    }

    @Override
    public IngestRun start(StartRunCommand command) {
        return runs.start(command);
    }

    @Override
    public IngestRun execute(String runId) {
        IngestRun run = runs.execute(runId);
        try {
            boundaries.refresh();
        } catch (RuntimeException e) {
            LOG.warn("boundaries not refreshed after run={}: {}", runId, e.getMessage());
        }
        return run;
    }
}
