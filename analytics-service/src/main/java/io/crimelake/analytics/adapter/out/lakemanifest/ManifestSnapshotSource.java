package io.crimelake.analytics.adapter.out.lakemanifest;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.SnapshotSource;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads lake-service's published snapshot from the lake store: {@code _snapshots/crimes/current} holds
 * the key of the current manifest, {@code _snapshots/crimes/<20-digit id>.json}, whose {@code files} list
 * the one file of every partition (manifest format 1, as lake-service's {@code ManifestDocument} writes it).
 * The files are served from local copies or links, see {@link ServingFiles}.
 */
public final class ManifestSnapshotSource implements SnapshotSource {
    static final String POINTER = "_snapshots/crimes/current";
    private static final int FORMAT_VERSION = 1;

    private final ObjectStore store;
    private final ServingFiles servingFiles;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> pinned = new HashSet<>();
    private String loadedManifest;
    private Snapshot loaded;

    /**
     * @param localLakeRoot the lake folder when the store is local (files are hard-linked), null for S3
     *     (files are downloaded)
     * @param servingRoot folder for this service's copies of the served files ({@code DATA_DIR/serving})
     * @param grace how long files of a replaced snapshot stay readable for queries and exports still on it
     */
    public ManifestSnapshotSource(ObjectStore store, Path localLakeRoot, Path servingRoot, Duration grace) {
        this(store, localLakeRoot, servingRoot, grace, Clock.systemUTC());
    }

    ManifestSnapshotSource(ObjectStore store, Path localLakeRoot, Path servingRoot, Duration grace, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.servingFiles = new ServingFiles(store, localLakeRoot, servingRoot, grace, clock);
    }

    @Override
    public synchronized Optional<Snapshot> current() {
        if (!exists(POINTER)) {
            return Optional.empty();
        }
        String manifestKey = read(POINTER).strip();
        if (!manifestKey.equals(loadedManifest)) {
            loaded = load(manifestKey);
            loadedManifest = manifestKey;
        }
        servingFiles.releaseAllBut(pinned, pinned);
        return Optional.of(loaded);
    }

    private Snapshot load(String manifestKey) {
        if (!manifestKey.matches("_snapshots/crimes/[0-9]{20}\\.json")) {
            throw new IllegalStateException("the current pointer names an unexpected manifest: " + manifestKey);
        }
        JsonNode manifest = json.readTree(read(manifestKey));
        if (manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalStateException("manifest format " + manifest.path("formatVersion") + " is not supported");
        }
        List<String> keys = manifest.path("files")
                .valueStream()
                .map(file -> requireDataKey(file.path("key").asString()))
                .toList();
        List<Path> files = keys.stream().map(servingFiles::pin).toList();
        Set<String> current = Set.copyOf(keys);
        servingFiles.releaseAllBut(current, pinned);
        pinned.addAll(current);
        pinned.retainAll(current);
        return new Snapshot(
                Long.toString(manifest.path("snapshotId").asLong()),
                Instant.parse(manifest.path("committedAt").asString()),
                files);
    }

    // Keys become file paths: only plain crimes partition files may appear, never a path that climbs out.
    private static String requireDataKey(String key) {
        if (key.contains("..")
                || !key.endsWith(".parquet")
                || PartitionKey.fromPath(key).isEmpty()) {
            throw new IllegalStateException("the manifest lists an unexpected file: " + key);
        }
        return key;
    }

    private boolean exists(String key) {
        try {
            return store.exists(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the lake store for " + key, e);
        }
    }

    private String read(String key) {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " from the lake store", e);
        }
    }
}
