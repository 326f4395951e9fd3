package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

/** Incidents in one community area, with the area's name for a choropleth legend. */
public record AreaCount(int communityArea, String name, long count) {

    public AreaCount {
        requireNonNull(name, "name is null");
    }

    /** The count for {@code communityArea}, named from the loaded boundaries. */
    public static AreaCount of(int communityArea, long count, CommunityAreaNames names) {
        return new AreaCount(communityArea, names.name(communityArea), count);
    }
}
