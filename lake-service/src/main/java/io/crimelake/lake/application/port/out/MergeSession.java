package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** One batch loaded into the merge engine, merged against the current files of the partitions it touches. */
public interface MergeSession extends AutoCloseable {
    /** The partitions the batch's rows belong to. */
    Set<PartitionKey> batchPartitions();

    /**
     * Which of the given files' id ranges (from the manifest) contain a batch id, to skip files that cannot
     * hold one without reading them.
     */
    Set<PartitionKey> idRangesHoldingBatchIds(Collection<PartitionFile> files);

    /** Which of the given partitions' current files hold any batch id (rows that may move away). */
    Set<PartitionKey> partitionsHoldingBatchIds(Map<PartitionKey, Path> currentFiles);

    /**
     * Merges the batch with the complete current files of every partition it affects and writes one new
     * file for each partition whose content changes, sorted by date.
     *
     * @throws io.crimelake.lake.domain.UnreadableBatchException naming the staged file whose rows could not be
     *     read (this and the other queries read the staged rows, so any of them may throw it); a current
     *     file that cannot be read is the lake's own failure, never reported as the batch's
     */
    MergeOutcome merge(Map<PartitionKey, Path> currentFiles);

    @Override
    void close();
}
