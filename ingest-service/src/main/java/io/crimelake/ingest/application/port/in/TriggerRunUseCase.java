package io.crimelake.ingest.application.port.in;

import io.crimelake.ingest.domain.IngestRun;

/** Starts a run and lets it proceed in the background, for callers that must not wait for it. */
public interface TriggerRunUseCase {
    /**
     * Starts (or resumes) a run as {@link RunIngestUseCase#start} does and carries it out in the background.
     *
     * @return the run as started; its progress is read through {@link IngestRunQuery}
     * @throws io.crimelake.ingest.domain.RunConflictException when another run holds the dataset
     */
    IngestRun trigger(StartRunCommand command);
}
