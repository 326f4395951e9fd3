package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

/** Thrown when a run is requested for a dataset that already has a run in progress. */
public final class RunConflictException extends RuntimeException {
    private final String runningRunId;

    public RunConflictException(String datasetId, String runningRunId) {
        super("dataset " + datasetId + " already has run " + runningRunId + " in progress");
        this.runningRunId = requireNonNull(runningRunId, "runningRunId is null");
    }

    /** The id of the run that holds the dataset. */
    public String runningRunId() {
        return runningRunId;
    }
}
