package io.crimelake.ingest.adapter.out.socrata;

import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundary;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the portal's answers about the boundaries dataset: the views metadata, and the GeoJSON features, whose
 * properties are all strings ({@code area_numbe} = "35", {@code community} = "DOUGLAS") and whose geometry is
 * kept as received. A few MB at most, so a tree is fine.
 */
final class BoundaryFeatures {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> AREA_GEOMETRIES = Set.of("Polygon", "MultiPolygon");

    private BoundaryFeatures() {}

    /** {@code rowsUpdatedAt} (epoch seconds) of a {@code /api/views/{id}.json} answer. */
    static Instant rowsUpdatedAt(InputStream body) {
        JsonNode updated = tree(body).path("rowsUpdatedAt");
        if (!updated.isIntegralNumber()) {
            throw new SourceFailedException("the dataset's metadata has no rowsUpdatedAt", null);
        }
        return Instant.ofEpochSecond(updated.asLong());
    }

    /** The community areas of a {@code /resource/{id}.geojson} page requested with {@code $limit=limit}. */
    static CommunityAreaBoundaries read(InputStream body, int limit) {
        JsonNode features = tree(body).path("features");
        if (!features.isArray()) {
            throw new SourceFailedException("the boundaries answer is not a GeoJSON FeatureCollection", null);
        }
        if (features.size() >= limit) {
            throw new SourceFailedException(
                    "the boundaries answer fills a page of " + limit + " features: not a community-areas dataset",
                    null);
        }
        List<CommunityAreaBoundary> areas = new ArrayList<>(features.size());
        for (JsonNode feature : features) {
            areas.add(area(feature));
        }
        try {
            return new CommunityAreaBoundaries(areas);
        } catch (IllegalArgumentException e) {
            throw new SourceFailedException("the boundaries dataset is inconsistent: " + e.getMessage(), e);
        }
    }

    private static CommunityAreaBoundary area(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        String number = properties
                .path("area_numbe")
                .asString(properties.path("area_num_1").asString(""));
        JsonNode geometry = feature.path("geometry");
        if (!AREA_GEOMETRIES.contains(geometry.path("type").asString(""))) {
            throw new SourceFailedException("community area " + number + " has no Polygon or MultiPolygon", null);
        }
        try {
            return new CommunityAreaBoundary(
                    Integer.parseInt(number.strip()),
                    properties.path("community").asString(""),
                    geometry.toString());
        } catch (IllegalArgumentException e) {
            throw new SourceFailedException("unusable community area '" + number + "': " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(InputStream body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            // As with crime pages: a body broken off mid-way is worth another attempt.
            throw new RetryableSourceException(
                    "boundaries body broken off or unreadable: " + e.getOriginalMessage(), null, e);
        }
    }
}
