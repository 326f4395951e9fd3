package io.crimelake.lake.application.port.out;

import java.nio.file.Path;
import java.util.List;

/** Outgoing port for the engine that deduplicates a batch and merges it into partitions, on local files. */
public interface PartitionMerger {
    /**
     * Loads the batch's staged files, keeping one row per id (newest {@code updated_on}, then the later run).
     *
     * @param workFolder an empty folder the session may fill; the caller deletes it
     * @throws io.crimelake.lake.domain.UnreadableBatchException naming the first file that does not match
     *     the dataset's format; damage inside a file's data pages may only show when the session reads them
     */
    MergeSession open(String dataset, List<StagedFile> batch, Path workFolder);

    /** A staged file's lake key, for error messages, and its local copy. */
    record StagedFile(String key, Path localCopy) {}
}
