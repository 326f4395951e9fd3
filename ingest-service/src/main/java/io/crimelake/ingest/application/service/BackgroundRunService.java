package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import io.crimelake.ingest.domain.IngestRun;
import java.util.concurrent.Executor;

/** Starts runs synchronously, so a conflict reaches the caller, then carries them out on an executor. */
public final class BackgroundRunService implements TriggerRunUseCase {
    private final RunIngestUseCase runs;
    private final Executor executor;

    public BackgroundRunService(RunIngestUseCase runs, Executor executor) {
        this.runs = requireNonNull(runs, "runs is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public IngestRun trigger(StartRunCommand command) {
        IngestRun run = runs.start(command);
        executor.execute(() -> runs.execute(run.id()));
        return run;
    }
}
