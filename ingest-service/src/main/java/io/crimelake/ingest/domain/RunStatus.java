package io.crimelake.ingest.domain;

/**
 * Where a run is in its life: PENDING, then RUNNING, then COMPLETED or FAILED. A FAILED run is RUNNING again when
 * a trigger resumes it, until it has failed too often and is ABANDONED.
 */
public enum RunStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    ABANDONED;

    /** Whether the run has ended, for now (FAILED) or for good. */
    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == ABANDONED;
    }
}
