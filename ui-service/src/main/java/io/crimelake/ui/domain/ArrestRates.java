package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The arrest rate over all matching incidents and per primary type, most frequent type first. */
public record ArrestRates(ArrestRate overall, List<ArrestRate> byType) {

    public ArrestRates {
        requireNonNull(overall, "overall is null");
        byType = List.copyOf(requireNonNull(byType, "byType is null"));
    }
}
