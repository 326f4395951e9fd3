package io.crimelake.ingest.domain.reference;

import static java.util.Objects.requireNonNull;

/**
 * One community area of the portal's boundaries dataset.
 *
 * @param area the community-area number crimes carry in {@code community_area}
 * @param name the area's name as the portal publishes it (upper case, e.g. {@code LOOP})
 * @param geometry the area's outline: a GeoJSON Polygon or MultiPolygon object as JSON text, kept as received
 */
public record CommunityAreaBoundary(int area, String name, String geometry) {

    public CommunityAreaBoundary {
        requireNonNull(name, "name is null");
        requireNonNull(geometry, "geometry is null");
        if (area < 1) {
            throw new IllegalArgumentException("area must be positive: " + area);
        }
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("community area " + area + " has no name");
        }
        if (!geometry.startsWith("{")) {
            throw new IllegalArgumentException("community area " + area + " has no GeoJSON geometry object");
        }
    }
}
