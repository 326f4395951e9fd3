package io.crimelake.lake.application.port.in;

import io.crimelake.lake.domain.CompactionResult;

/** Incoming port: merge a staged batch into the lake and publish the result as a new snapshot. */
public interface CompactBatchUseCase {
    /**
     * Compacts the batch; compacting the same batch again changes nothing and reports 0 inserted, 0 updated.
     *
     * @throws io.crimelake.lake.domain.BatchNotFoundException when nothing is staged for the batch
     * @throws io.crimelake.lake.domain.UnreadableBatchException when a staged file is unreadable
     * @throws io.crimelake.lake.domain.LakeBusyException when another writer holds the dataset
     */
    CompactionResult compact(CompactBatchCommand command);
}
