package io.crimelake.ingest.domain;

/**
 * Thrown when a run finds that its dataset lease expired and another replica took it over; that replica now
 * continues the run, so this one must stop without writing anything more.
 */
public final class LeaseLostException extends RuntimeException {
    public LeaseLostException(String datasetId, String runId, String newHolder) {
        super("run " + runId + " lost the lease on " + datasetId + " to " + newHolder);
    }
}
