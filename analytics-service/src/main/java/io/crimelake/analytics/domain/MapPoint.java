package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** One mappable incident: its id, WGS84 position, primary type and wall-clock time. */
public record MapPoint(long id, double latitude, double longitude, String type, LocalDateTime date) {

    public MapPoint {
        requireNonNull(date, "date is null");
    }
}
