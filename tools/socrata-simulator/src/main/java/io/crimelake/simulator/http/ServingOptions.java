package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.format.LocationStyle;

/** How requests are answered: the JSON location style and whether an app token is required. */
public record ServingOptions(LocationStyle locationStyle, boolean requireAppToken) {

    public ServingOptions {
        requireNonNull(locationStyle, "locationStyle is null");
    }
}
