package io.crimelake.ingest.domain.reference;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every community area of one version of the boundaries dataset, ordered by area number. */
public record CommunityAreaBoundaries(List<CommunityAreaBoundary> areas) {

    public CommunityAreaBoundaries {
        requireNonNull(areas, "areas is null");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("the boundaries dataset holds no community areas");
        }
        Set<Integer> seen = new HashSet<>();
        for (CommunityAreaBoundary boundary : areas) {
            if (!seen.add(boundary.area())) {
                throw new IllegalArgumentException("community area " + boundary.area() + " appears twice");
            }
        }
        areas = areas.stream()
                .sorted(Comparator.comparingInt(CommunityAreaBoundary::area))
                .toList();
    }
}
