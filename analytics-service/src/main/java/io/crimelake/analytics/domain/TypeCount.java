package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

/** Incidents of one primary type. */
public record TypeCount(String type, long count) {

    public TypeCount {
        requireNonNull(type, "type is null");
    }
}
