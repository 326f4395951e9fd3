package io.crimelake.ingest.adapter.out.lake.reference;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.reference.BoundaryStore;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.StoredBoundaries;
import io.crimelake.lakeformat.store.NoSuchObjectException;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the boundaries in the lake as analytics-service reads them: an immutable GeoJSON document
 * {@code reference/community_areas/<version>.geojson} named by a digest of its content, and the pointer
 * {@code reference/community_areas/current} (format 1), replaced atomically, naming the current one.
 * Superseded documents are kept: they are small and change about once a year.
 */
public final class LakeBoundaryStore implements BoundaryStore {
    static final String FOLDER = "reference/community_areas/";
    static final String POINTER = FOLDER + "current";
    private static final int FORMAT_VERSION = 1;

    private final ObjectStore lake;
    private final String datasetId;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public LakeBoundaryStore(ObjectStore lake, String datasetId, Clock clock) {
        this.lake = requireNonNull(lake, "lake is null");
        this.datasetId = requireNonNull(datasetId, "datasetId is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<StoredBoundaries> current() {
        JsonNode pointer;
        try (InputStream in = lake.open(POINTER)) {
            pointer = json.readTree(in);
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POINTER, e);
        }
        if (pointer.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalStateException(POINTER + " has format " + pointer.path("formatVersion"));
        }
        return Optional.of(new StoredBoundaries(
                pointer.path("version").asString(),
                Instant.parse(pointer.path("sourceUpdatedAt").asString()),
                pointer.path("areas").asInt()));
    }

    @Override
    public StoredBoundaries publish(CommunityAreaBoundaries boundaries, Instant sourceUpdatedAt) {
        BoundaryGeoJson document = BoundaryGeoJson.of(boundaries);
        String key = FOLDER + document.version() + ".geojson";
        StoredBoundaries stored = new StoredBoundaries(
                document.version(), sourceUpdatedAt, boundaries.areas().size());
        try {
            if (!lake.exists(key)) {
                lake.write(key, document.content());
            }
            lake.publish(POINTER, pointer(stored, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the boundaries under " + key, e);
        }
        return stored;
    }

    private byte[] pointer(StoredBoundaries stored, String key) {
        ObjectNode pointer = json.createObjectNode()
                .put("formatVersion", FORMAT_VERSION)
                .put("dataset", datasetId)
                .put("version", stored.version())
                .put("key", key)
                .put("areas", stored.areas())
                .put("sourceUpdatedAt", stored.sourceUpdatedAt().toString())
                .put("storedAt", clock.instant().toString());
        return json.writeValueAsBytes(pointer);
    }
}
