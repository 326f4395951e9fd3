package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

/** Incidents in one community area, with the area's official name. */
public record AreaCount(int communityArea, String name, long count) {

    public AreaCount {
        requireNonNull(name, "name is null");
    }
}
