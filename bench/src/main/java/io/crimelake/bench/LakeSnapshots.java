package io.crimelake.bench;

import io.crimelake.lakeformat.store.LocalObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads a lake folder's current snapshot manifest, and publishes a next snapshot as lake-service does. */
final class LakeSnapshots {
    private static final String POINTER = "_snapshots/crimes/current";
    private static final JsonMapper JSON = JsonMapper.shared();

    private LakeSnapshots() {}

    /** The data files of the current snapshot. */
    static List<Path> currentFiles(Path lake) throws IOException {
        return manifest(lake)
                .path("files")
                .valueStream()
                .map(file -> lake.resolve(file.path("key").asString()))
                .toList();
    }

    /**
     * Publishes the snapshot a daily compaction would: the current one with its newest partition rewritten (the
     * same rows under a new file name), committed now under the next id; returns that id.
     */
    static long publishNext(Path lake) throws IOException {
        ObjectNode manifest = (ObjectNode) manifest(lake);
        long id = manifest.path("snapshotId").asLong() + 1;
        ObjectNode newest =
                (ObjectNode) manifest.path("files").get(manifest.path("files").size() - 1);
        String oldKey = newest.path("key").asString();
        String newKey = oldKey.substring(0, oldKey.lastIndexOf('/') + 1) + "part-bench-" + id + ".parquet";
        Files.copy(lake.resolve(oldKey), lake.resolve(newKey));
        newest.put("key", newKey).put("writtenBySnapshot", id);
        manifest.put("snapshotId", id)
                .put("parentSnapshotId", id - 1)
                .put("committedAt", Instant.now().toString());
        String manifestKey = "_snapshots/crimes/%020d.json".formatted(id);
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            store.write(manifestKey, JSON.writeValueAsBytes(manifest));
            store.publish(POINTER, manifestKey.getBytes(StandardCharsets.UTF_8));
        }
        return id;
    }

    private static JsonNode manifest(Path lake) throws IOException {
        String key = Files.readString(lake.resolve(POINTER)).strip();
        return JSON.readTree(lake.resolve(key).toFile());
    }
}
