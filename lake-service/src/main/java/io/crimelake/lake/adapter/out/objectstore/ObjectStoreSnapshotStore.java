package io.crimelake.lake.adapter.out.objectstore;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps manifests as immutable {@code _snapshots/<dataset>/<id>.json} objects and the current one's key in
 * {@code _snapshots/<dataset>/current}, replaced with the store's atomic publish.
 */
public final class ObjectStoreSnapshotStore implements SnapshotStore {
    private final ObjectStore store;
    private final JsonMapper json;

    public ObjectStoreSnapshotStore(ObjectStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Optional<Snapshot> current(String dataset) {
        String pointer = LakeKeys.currentPointer(dataset);
        try {
            if (!store.exists(pointer)) {
                return Optional.empty();
            }
            return Optional.of(readManifest(new String(readBytes(pointer), UTF_8).strip()));
        } catch (IOException e) {
            throw new LakeStorageException("could not read the current snapshot of " + dataset, e);
        }
    }

    @Override
    public Optional<Snapshot> find(String dataset, long id) {
        String key = LakeKeys.manifest(dataset, id);
        try {
            return store.exists(key) ? Optional.of(readManifest(key)) : Optional.empty();
        } catch (IOException e) {
            throw new LakeStorageException("could not read snapshot " + id + " of " + dataset, e);
        }
    }

    @Override
    public List<Long> ids(String dataset) {
        String prefix = LakeKeys.snapshots(dataset);
        try {
            return store.list(prefix).stream()
                    .map(ObjectEntry::key)
                    .filter(key -> key.matches(".*/[0-9]{20}\\.json"))
                    .map(key -> Long.parseLong(key.substring(prefix.length(), key.length() - ".json".length())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LakeStorageException("could not list the snapshots of " + dataset, e);
        }
    }

    @Override
    public void commit(Snapshot snapshot) {
        String key = LakeKeys.manifest(snapshot.dataset(), snapshot.id());
        try {
            store.write(key, json.writeValueAsBytes(ManifestDocument.from(snapshot)));
            store.publish(LakeKeys.currentPointer(snapshot.dataset()), key.getBytes(UTF_8));
        } catch (IOException e) {
            throw new LakeStorageException("could not commit snapshot " + snapshot.id(), e);
        }
    }

    @Override
    public void delete(String dataset, List<Long> ids) {
        try {
            store.deleteAll(
                    ids.stream().map(id -> LakeKeys.manifest(dataset, id)).toList());
        } catch (IOException e) {
            throw new LakeStorageException("could not delete snapshots " + ids + " of " + dataset, e);
        }
    }

    private Snapshot readManifest(String manifestKey) throws IOException {
        return json.readValue(readBytes(manifestKey), ManifestDocument.class).toSnapshot();
    }

    private byte[] readBytes(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }
}
