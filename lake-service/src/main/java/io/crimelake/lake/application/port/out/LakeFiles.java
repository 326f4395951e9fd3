package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.BatchId;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Outgoing port for the lake's data files: staged batches, partition files and retained superseded files. */
public interface LakeFiles {
    /** Keys of the batch's staged Parquet files, sorted; empty when the batch does not exist. */
    List<String> stagedFiles(String dataset, BatchId batch);

    /** Downloads a staged file into {@code folder}, under its file name. */
    Path download(String key, Path folder);

    /**
     * A local copy of an immutable lake object, for DuckDB to read; copies may be cached and must not be
     * modified.
     */
    Path localCopy(String key);

    /** Stores a new partition file under {@code key}. */
    void upload(String key, Path file);

    /**
     * Keeps a copy of a current partition file outside the partition folders, so readers of older snapshots
     * find it under {@link #retainedKey(String)} after it leaves its folder.
     */
    void retain(String key);

    /** Where {@link #retain} keeps a superseded file. */
    String retainedKey(String key);

    /** Keys of every Parquet file inside the dataset's partition folders. */
    List<String> partitionFolderFiles(String dataset);

    /** Original keys (not retained keys) of every file kept by {@link #retain}. */
    List<String> retainedFiles(String dataset);

    /** Deletes partition-folder files. */
    void deletePartitionFiles(Collection<String> keys);

    /** Deletes retained copies, given by their original keys. */
    void deleteRetained(Collection<String> keys);
}
