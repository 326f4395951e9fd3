package io.crimelake.lake.adapter.out.objectstore;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.crimelake.lake.application.port.out.CompactionJournal;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** One marker object {@code _journal/<dataset>/<batchId>} per compaction in progress, holding its start time. */
public final class ObjectStoreCompactionJournal implements CompactionJournal {
    private final ObjectStore store;
    private final Clock clock;

    public ObjectStoreCompactionJournal(ObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void started(String dataset, BatchId batch) {
        try {
            store.publish(
                    LakeKeys.journal(dataset) + batch,
                    clock.instant().toString().getBytes(UTF_8));
        } catch (IOException e) {
            throw new LakeStorageException("could not record the start of batch " + batch, e);
        }
    }

    @Override
    public void ended(String dataset, BatchId batch) {
        try {
            store.delete(LakeKeys.journal(dataset) + batch);
        } catch (IOException e) {
            throw new LakeStorageException("could not record the end of batch " + batch, e);
        }
    }

    @Override
    public List<BatchId> unfinished(String dataset) {
        String prefix = LakeKeys.journal(dataset);
        try {
            return store.list(prefix).stream()
                    .map(ObjectEntry::key)
                    .map(key -> new BatchId(key.substring(prefix.length())))
                    .toList();
        } catch (IOException e) {
            throw new LakeStorageException("could not list unfinished compactions of " + dataset, e);
        }
    }
}
