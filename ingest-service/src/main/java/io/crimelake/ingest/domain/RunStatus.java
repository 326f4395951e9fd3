package io.crimelake.ingest.domain;

/** Where a run is in its life: PENDING, then RUNNING, then COMPLETED or FAILED. */
public enum RunStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED;

    /** Whether the run has ended and will not change again. */
    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
