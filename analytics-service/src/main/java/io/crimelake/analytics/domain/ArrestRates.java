package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The arrest rate over all matching incidents and per primary type, most frequent type first. */
public record ArrestRates(ArrestRate overall, List<ArrestRate> byType) {

    public ArrestRates {
        requireNonNull(overall, "overall is null");
        byType = List.copyOf(requireNonNull(byType, "byType is null"));
    }

    /** Sums the per-type rates into the overall one. */
    public static ArrestRates of(List<ArrestRate> byType) {
        long incidents = byType.stream().mapToLong(ArrestRate::incidents).sum();
        long arrests = byType.stream().mapToLong(ArrestRate::arrests).sum();
        return new ArrestRates(ArrestRate.of("ALL", incidents, arrests), byType);
    }
}
