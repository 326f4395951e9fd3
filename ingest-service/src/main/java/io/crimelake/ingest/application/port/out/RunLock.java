package io.crimelake.ingest.application.port.out;

/** Outgoing port for the one-run-per-dataset lease, shared by every replica that uses the same store. */
public interface RunLock {
    /**
     * Claims the dataset for a run, taking over a lease whose holder died or let it expire.
     *
     * @throws io.crimelake.ingest.domain.RunConflictException naming the holder when the lease is live
     */
    void acquire(String datasetId, String runId);

    /**
     * Extends the lease; called after every page so a live run never loses it.
     *
     * @throws io.crimelake.ingest.domain.LeaseLostException when the lease expired and another run holds it
     */
    void renew(String datasetId, String runId);

    /** Gives the dataset up; does nothing when {@code runId} no longer holds it. */
    void release(String datasetId, String runId);
}
