package io.crimelake.analytics.adapter.out.lakereference;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.BoundarySource;
import io.crimelake.analytics.domain.Boundaries;
import io.crimelake.lakeformat.store.NoSuchObjectException;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the community-area boundaries ingest-service stores in the lake: the pointer
 * {@code reference/community_areas/current} (format 1: {@code version}, {@code key}, ...) names an immutable
 * GeoJSON document {@code reference/community_areas/<version>.geojson}. The document is read again only when
 * the pointer names another version.
 */
public final class LakeBoundarySource implements BoundarySource {
    static final String POINTER = "reference/community_areas/current";
    private static final int FORMAT_VERSION = 1;
    private static final Pattern DOCUMENT_KEY = Pattern.compile("reference/community_areas/[0-9a-f]{8,64}\\.geojson");

    private final ObjectStore store;
    private final JsonMapper json = JsonMapper.builder().build();
    private Boundaries loaded;

    public LakeBoundarySource(ObjectStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public synchronized Optional<Boundaries> current() {
        Optional<byte[]> pointerBytes = readIfPresent(POINTER);
        if (pointerBytes.isEmpty()) {
            return Optional.empty();
        }
        JsonNode pointer = parse(POINTER, pointerBytes.get());
        if (pointer.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IllegalStateException(
                    "boundaries pointer format " + pointer.path("formatVersion") + " is not supported");
        }
        String version = pointer.path("version").asString("");
        if (loaded == null || !loaded.version().equals(version)) {
            String key = pointer.path("key").asString("");
            if (!DOCUMENT_KEY.matcher(key).matches()) {
                throw new IllegalStateException("the boundaries pointer names an unexpected document: " + key);
            }
            byte[] document = readIfPresent(key)
                    .orElseThrow(() -> new IllegalStateException("the boundaries document " + key + " is missing"));
            loaded = BoundaryDocument.read(version, parse(key, document));
        }
        return Optional.of(loaded);
    }

    private Optional<byte[]> readIfPresent(String key) {
        try (InputStream in = store.open(key)) {
            return Optional.of(in.readAllBytes());
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " from the lake", e);
        }
    }

    private JsonNode parse(String key, byte[] content) {
        try {
            return json.readTree(content);
        } catch (JacksonException e) {
            throw new IllegalStateException(key + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
