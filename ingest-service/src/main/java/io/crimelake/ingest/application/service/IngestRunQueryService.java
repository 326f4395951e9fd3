package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.IngestRunQuery;
import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.application.port.out.StateStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import java.util.List;
import java.util.Optional;

/** Answers questions about runs and state straight from the stores. */
public final class IngestRunQueryService implements IngestRunQuery {
    private final IngestServiceSettings settings;
    private final RunStore runs;
    private final StateStore states;

    public IngestRunQueryService(IngestServiceSettings settings, RunStore runs, StateStore states) {
        this.settings = requireNonNull(settings, "settings is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.states = requireNonNull(states, "states is null");
    }

    @Override
    public List<IngestRun> runs() {
        return runs.list();
    }

    @Override
    public Optional<IngestRun> run(String runId) {
        return runs.find(runId);
    }

    @Override
    public IngestState state() {
        return states.load(settings.datasetId())
                .orElseGet(() -> IngestState.initial(
                        settings.datasetId(), settings.windowPolicy().backfillDays()));
    }
}
