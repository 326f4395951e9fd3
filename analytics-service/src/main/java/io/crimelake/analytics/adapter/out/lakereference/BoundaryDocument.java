package io.crimelake.analytics.adapter.out.lakereference;

import io.crimelake.analytics.domain.Boundaries;
import io.crimelake.analytics.domain.CommunityAreaNames;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a stored boundaries FeatureCollection and rewrites it as the API serves it: features ordered by area
 * number, each with exactly the properties {@code area} and {@code name} and its Polygon or MultiPolygon
 * geometry unchanged. Rewriting keeps the served contract even if the stored document gains properties.
 */
final class BoundaryDocument {
    private static final Set<String> AREA_GEOMETRIES = Set.of("Polygon", "MultiPolygon");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BoundaryDocument() {}

    static Boundaries read(String version, JsonNode document) {
        JsonNode features = document.path("features");
        if (!"FeatureCollection".equals(document.path("type").asString("")) || !features.isArray()) {
            throw new IllegalStateException("boundaries " + version + " are not a GeoJSON FeatureCollection");
        }
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, JsonNode> geometries = new TreeMap<>();
        for (JsonNode feature : features) {
            JsonNode area = feature.path("properties").path("area");
            String name = feature.path("properties").path("name").asString("").strip();
            JsonNode geometry = feature.path("geometry");
            if (!area.isIntegralNumber() || area.asInt() < 1 || name.isEmpty()) {
                throw new IllegalStateException("boundaries " + version + " hold a feature without area and name");
            }
            if (!AREA_GEOMETRIES.contains(geometry.path("type").asString(""))) {
                throw new IllegalStateException("boundaries " + version + ": area " + area + " has no polygon");
            }
            if (names.put(area.asInt(), name) != null) {
                throw new IllegalStateException("boundaries " + version + " hold area " + area + " twice");
            }
            geometries.put(area.asInt(), geometry);
        }
        return new Boundaries(new CommunityAreaNames(version, names), served(names, geometries));
    }

    private static byte[] served(Map<Integer, String> names, Map<Integer, JsonNode> geometries) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        names.forEach((area, name) -> {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("area", area).put("name", name);
            feature.set("geometry", geometries.get(area));
        });
        return JSON.writeValueAsBytes(collection);
    }
}
