package io.crimelake.lake.domain;

/** Thrown when no staged files exist for a batch id. */
public final class BatchNotFoundException extends RuntimeException {
    public BatchNotFoundException(String dataset, BatchId batchId) {
        super("no staged files for batch '" + batchId + "' of dataset '" + dataset + "'");
    }
}
