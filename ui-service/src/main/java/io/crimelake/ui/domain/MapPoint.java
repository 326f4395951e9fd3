package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

/** One incident on the map: its WGS84 position and primary type. */
public record MapPoint(double latitude, double longitude, String type) {

    public MapPoint {
        requireNonNull(type, "type is null");
    }
}
