package io.crimelake.simulator.synthetic;

import static java.util.Objects.requireNonNull;

/** One IUCR offense code with how often it occurs and how often it ends in an arrest or is domestic. */
record Offense(
        String primaryType,
        String iucr,
        String description,
        String fbiCode,
        double weight,
        double arrestProbability,
        double domesticProbability) {

    Offense {
        requireNonNull(primaryType, "primaryType is null");
        requireNonNull(iucr, "iucr is null");
        requireNonNull(description, "description is null");
        requireNonNull(fbiCode, "fbiCode is null");
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive for " + iucr);
        }
        if (arrestProbability < 0 || arrestProbability > 1 || domesticProbability < 0 || domesticProbability > 1) {
            throw new IllegalArgumentException("probabilities must lie in [0, 1] for " + iucr);
        }
    }
}
