package io.crimelake.lake.application.port.in;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lakeformat.partition.PartitionKey;

/** Asks to merge one staged batch of a dataset into the lake. */
public record CompactBatchCommand(String dataset, BatchId batchId) {
    public CompactBatchCommand {
        PartitionKey.requireValidDatasetName(dataset);
        requireNonNull(batchId, "batchId is null");
    }
}
