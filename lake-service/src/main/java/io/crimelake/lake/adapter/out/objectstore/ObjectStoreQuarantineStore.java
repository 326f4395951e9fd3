package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.application.port.out.QuarantineStore;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.QuarantineFile;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.util.List;

/**
 * Lists ingest's quarantine files under {@code <quarantine>/<dataset>/}, either {@code <batchId>.jsonl} or
 * any file inside a {@code <batchId>/} folder.
 */
public final class ObjectStoreQuarantineStore implements QuarantineStore {
    private final ObjectStore store;
    private final LakeKeys keys;

    public ObjectStoreQuarantineStore(ObjectStore store, LakeKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public List<QuarantineFile> list(String dataset) {
        String prefix = keys.quarantine(dataset);
        try {
            return store.list(prefix).stream()
                    .map(entry -> new QuarantineFile(
                            dataset,
                            batchOf(entry.key().substring(prefix.length())),
                            entry.key(),
                            entry.size(),
                            entry.lastModified()))
                    .toList();
        } catch (IOException e) {
            throw new LakeStorageException("could not list the quarantine of " + dataset, e);
        }
    }

    private static BatchId batchOf(String relativeKey) {
        int slash = relativeKey.indexOf('/');
        String name = slash < 0 ? relativeKey : relativeKey.substring(0, slash);
        int extension = slash < 0 ? name.lastIndexOf('.') : -1;
        return new BatchId(extension > 0 ? name.substring(0, extension) : name);
    }
}
