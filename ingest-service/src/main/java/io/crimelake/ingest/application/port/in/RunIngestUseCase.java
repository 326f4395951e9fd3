package io.crimelake.ingest.application.port.in;

import io.crimelake.ingest.domain.IngestRun;

/** Starts ingest runs and carries them out. */
public interface RunIngestUseCase {
    /**
     * Claims the dataset and records a new pending run, or picks up the dataset's interrupted run so it
     * continues from its checkpoint instead.
     *
     * @throws io.crimelake.ingest.domain.RunConflictException when another run holds the dataset
     */
    IngestRun start(StartRunCommand command);

    /**
     * Carries out a started run to its end, page by page, and releases the dataset.
     *
     * @return the finished run: COMPLETED, FAILED with its error, or ABANDONED when it failed too often
     */
    IngestRun execute(String runId);
}
