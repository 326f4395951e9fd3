package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

/**
 * How many incidents led to an arrest.
 *
 * @param type the primary type, or {@code ALL} for the total
 * @param incidents incidents matching the filter
 * @param arrests of which an arrest was made
 * @param percent {@code 100 * arrests / incidents}, 0 when there are no incidents
 */
public record ArrestRate(String type, long incidents, long arrests, double percent) {

    public ArrestRate {
        requireNonNull(type, "type is null");
        if (arrests < 0 || arrests > incidents) {
            throw new IllegalArgumentException("arrests must be between 0 and incidents");
        }
    }

    /** Computes the percentage from the two counts. */
    public static ArrestRate of(String type, long incidents, long arrests) {
        double percent = incidents == 0 ? 0 : 100.0 * arrests / incidents;
        return new ArrestRate(type, incidents, arrests, percent);
    }
}
