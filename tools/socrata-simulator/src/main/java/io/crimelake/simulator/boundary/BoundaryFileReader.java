package io.crimelake.simulator.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a boundaries GeoJSON FeatureCollection exported from the portal (a few MB, so a tree is fine). */
public final class BoundaryFileReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private BoundaryFileReader() {}

    public static BoundaryDataset read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            JsonNode features = root.path("features");
            if (!"FeatureCollection".equals(root.path("type").asString()) || !features.isArray()) {
                throw new IllegalArgumentException(file + " is not a GeoJSON FeatureCollection");
            }
            List<Boundary> boundaries = new ArrayList<>();
            for (JsonNode feature : features) {
                boundaries.add(new Boundary(properties(feature.path("properties")), feature.path("geometry")));
            }
            return new BoundaryDataset(
                    BoundaryDataset.COMMUNITY_AREAS_ID,
                    "Boundaries - Community Areas (current)",
                    boundaries,
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> properties(JsonNode node) {
        Map<String, String> properties = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (!entry.getValue().isNull()) {
                properties.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return properties;
    }
}
