package io.crimelake.lake.application.port.in;

/** Incoming port: finish what a crashed writer left, as on start-up. */
public interface RecoverLakeUseCase {
    /**
     * Removes a crashed writer's leftovers and compacts every batch whose compaction started but never
     * committed.
     *
     * @return the number of interrupted batches completed
     * @throws io.crimelake.lake.domain.LakeBusyException when another writer holds the dataset
     */
    int recover(String dataset);
}
