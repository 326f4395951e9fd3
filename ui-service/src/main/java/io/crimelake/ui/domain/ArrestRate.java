package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

/** How many of a primary type's incidents (or of all, as type {@code ALL}) led to an arrest. */
public record ArrestRate(String type, long incidents, long arrests, double percent) {

    public ArrestRate {
        requireNonNull(type, "type is null");
        if (arrests < 0 || arrests > incidents) {
            throw new IllegalArgumentException("arrests must be between 0 and incidents");
        }
    }
}
