package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the map shows: individual points for short windows, per-area counts otherwise.
 *
 * @param mode {@code points} or {@code areas}
 * @param points the incidents with a location, in a stable sample order, at most the configured cap
 * @param areas counts per community area (areas mode only)
 * @param truncated more points matched than the cap; {@code points} is a stable sample of them
 */
public record CrimeMap(String mode, List<MapPoint> points, List<AreaCount> areas, boolean truncated) {

    public CrimeMap {
        requireNonNull(mode, "mode is null");
        points = List.copyOf(requireNonNull(points, "points is null"));
        areas = List.copyOf(requireNonNull(areas, "areas is null"));
    }

    /** A points map; {@code matched} holds up to cap + 1 points so truncation can be told. */
    public static CrimeMap points(List<MapPoint> matched, int cap) {
        boolean truncated = matched.size() > cap;
        return new CrimeMap("points", truncated ? matched.subList(0, cap) : matched, List.of(), truncated);
    }

    /** A per-community-area map. */
    public static CrimeMap areas(List<AreaCount> areas) {
        return new CrimeMap("areas", List.of(), areas, false);
    }
}
