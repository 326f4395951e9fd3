package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one snapshot holds: its size, date range, freshness and the values of each filter dimension.
 *
 * @param rows incidents in the snapshot
 * @param firstIncident earliest incident time, null when empty
 * @param lastIncident latest incident time, null when empty
 * @param lastIngestedAt when the newest row was ingested, null when empty
 * @param lastSourceUpdate the newest {@code updated_on} the portal gave, null when empty or never set
 */
public record LakeOverview(
        long rows,
        LocalDateTime firstIncident,
        LocalDateTime lastIncident,
        Instant lastIngestedAt,
        LocalDateTime lastSourceUpdate,
        List<TypeCount> types,
        List<DistrictCount> districts,
        List<AreaCount> communityAreas) {

    public LakeOverview {
        types = List.copyOf(requireNonNull(types, "types is null"));
        districts = List.copyOf(requireNonNull(districts, "districts is null"));
        communityAreas = List.copyOf(requireNonNull(communityAreas, "communityAreas is null"));
    }

    /** The overview of a lake with no data. */
    public static LakeOverview empty() {
        return new LakeOverview(0, null, null, null, null, List.of(), List.of(), List.of());
    }
}
