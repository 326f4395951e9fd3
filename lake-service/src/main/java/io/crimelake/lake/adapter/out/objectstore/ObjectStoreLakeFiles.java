package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lakeformat.partition.PartitionKey;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Data files on the lake's object store, with a local cache of partition files for DuckDB: their keys are
 * unique and never rewritten, so a cached copy can never be stale.
 */
public final class ObjectStoreLakeFiles implements LakeFiles {
    private final ObjectStore store;
    private final LakeKeys keys;
    private final Path cache;

    public ObjectStoreLakeFiles(ObjectStore store, LakeKeys keys, Path cache) {
        this.store = store;
        this.keys = keys;
        this.cache = cache;
    }

    @Override
    public List<String> stagedFiles(String dataset, BatchId batch) {
        return keysUnder(keys.staging(dataset, batch)).stream()
                .filter(key -> key.endsWith(".parquet"))
                .toList();
    }

    @Override
    public Path download(String key, Path folder) {
        Path copy = folder.resolve(key.substring(key.lastIndexOf('/') + 1));
        try {
            store.download(key, copy);
            return copy;
        } catch (IOException e) {
            throw new LakeStorageException("could not download " + key, e);
        }
    }

    @Override
    public Path localCopy(String key) {
        Path copy = cache.resolve(key);
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        try {
            Files.createDirectories(copy.getParent());
            store.download(key, copy);
            return copy;
        } catch (IOException e) {
            throw new LakeStorageException("could not download " + key, e);
        }
    }

    @Override
    public void upload(String key, Path file) {
        try {
            store.upload(key, file);
        } catch (IOException e) {
            throw new LakeStorageException("could not upload " + key, e);
        }
    }

    @Override
    public void retain(String key) {
        upload(retainedKey(key), localCopy(key));
    }

    @Override
    public String retainedKey(String key) {
        return LakeKeys.retained(key);
    }

    @Override
    public List<String> partitionFolderFiles(String dataset) {
        return keysUnder(dataset + "/").stream()
                .filter(key -> key.endsWith(".parquet"))
                .filter(key -> PartitionKey.fromPath(key).isPresent())
                .toList();
    }

    @Override
    public List<String> retainedFiles(String dataset) {
        return keysUnder(LakeKeys.retained(dataset + "/")).stream()
                .map(key -> key.substring(LakeKeys.RETAINED.length()))
                .toList();
    }

    @Override
    public void deletePartitionFiles(Collection<String> deleted) {
        deleteAll(deleted);
        deleted.forEach(this::evict);
    }

    @Override
    public void deleteRetained(Collection<String> originalKeys) {
        deleteAll(originalKeys.stream().map(LakeKeys::retained).toList());
    }

    private void deleteAll(Collection<String> deleted) {
        try {
            store.deleteAll(deleted);
        } catch (IOException e) {
            throw new LakeStorageException("could not delete " + deleted.size() + " lake files", e);
        }
    }

    private void evict(String key) {
        try {
            Files.deleteIfExists(cache.resolve(key));
        } catch (IOException e) {
            throw new LakeStorageException("could not evict the cached copy of " + key, e);
        }
    }

    private List<String> keysUnder(String prefix) {
        try {
            return store.list(prefix).stream().map(ObjectEntry::key).toList();
        } catch (IOException e) {
            throw new LakeStorageException("could not list " + prefix, e);
        }
    }
}
