package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The community-area outlines from the lake's boundary layer: the GeoJSON FeatureCollection as analytics
 * publishes it (drawn as is by the browser) and each feature's name with its area number (for map clicks).
 */
public record AreaOutlines(String geoJson, Map<String, Integer> areaByName) {

    public AreaOutlines {
        requireNonNull(geoJson, "geoJson is null");
        areaByName = Map.copyOf(areaByName);
    }

    /** Whether no outlines are loaded yet (the boundary layer is empty). */
    public boolean isEmpty() {
        return areaByName.isEmpty();
    }

    /** The number of the area whose outline is named {@code name}, if any. */
    public OptionalInt areaNamed(String name) {
        Integer area = areaByName.get(name);
        return area == null ? OptionalInt.empty() : OptionalInt.of(area);
    }

    /** The outline's name of area {@code area}, or {@code fallback} when no outline has that number. */
    public String nameOf(int area, String fallback) {
        return areaByName.entrySet().stream()
                .filter(entry -> entry.getValue() == area)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(fallback);
    }
}
