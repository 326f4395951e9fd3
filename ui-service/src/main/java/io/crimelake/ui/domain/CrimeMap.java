package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the map shows for a filter: single incidents for a short window, or counts per community area for a
 * long one (analytics decides, by the window's length). {@code truncated} says the points are a sample.
 */
public record CrimeMap(List<MapPoint> points, List<AreaCount> areas, boolean truncated) {

    public CrimeMap {
        points = List.copyOf(requireNonNull(points, "points is null"));
        areas = List.copyOf(requireNonNull(areas, "areas is null"));
        if (!points.isEmpty() && !areas.isEmpty()) {
            throw new IllegalArgumentException("a map shows points or areas, not both");
        }
    }

    /** A map of single incidents. */
    public static CrimeMap ofPoints(List<MapPoint> points, boolean truncated) {
        return new CrimeMap(points, List.of(), truncated);
    }

    /** A map of counts per community area. */
    public static CrimeMap ofAreas(List<AreaCount> areas) {
        return new CrimeMap(List.of(), areas, false);
    }

    /** Whether this map shows counts per area rather than points. */
    public boolean showsAreas() {
        return !areas.isEmpty();
    }

    /** Whether nothing matched. */
    public boolean isEmpty() {
        return points.isEmpty() && areas.isEmpty();
    }
}
