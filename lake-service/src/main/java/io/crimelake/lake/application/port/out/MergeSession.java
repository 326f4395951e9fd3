package io.crimelake.lake.application.port.out;

import io.crimelake.lakeformat.partition.PartitionKey;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** One batch loaded into the merge engine, merged against the current files of the partitions it touches. */
public interface MergeSession extends AutoCloseable {
    /** The partitions the batch's rows belong to. */
    Set<PartitionKey> batchPartitions();

    /** Whether any batch id lies in {@code [low, high]}, to skip files that cannot hold one. */
    boolean hasIdBetween(long low, long high);

    /** Which of the given partitions' current files hold any batch id (rows that may move away). */
    Set<PartitionKey> partitionsHoldingBatchIds(Map<PartitionKey, Path> currentFiles);

    /**
     * Merges the batch with the complete current files of every partition it affects and writes one new
     * file for each partition whose content changes, sorted by date.
     */
    MergeOutcome merge(Map<PartitionKey, Path> currentFiles);

    @Override
    void close();
}
