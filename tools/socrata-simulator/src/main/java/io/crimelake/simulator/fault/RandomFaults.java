package io.crimelake.simulator.fault;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random fault injection from a spec such as {@code 429=0.02,500=0.01,reset=0.005}: each request suffers at most
 * one fault, each kind with its own probability.
 */
public final class RandomFaults {

    private final Map<FaultKind, Double> probabilities;
    private final SplittableRandom random;

    public RandomFaults(Map<FaultKind, Double> probabilities, long seed) {
        Map<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
        copy.putAll(requireNonNull(probabilities, "probabilities is null"));
        this.probabilities = Collections.unmodifiableMap(copy);
        double total = this.probabilities.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        if (this.probabilities.values().stream().anyMatch(p -> p < 0) || total > 1) {
            throw new IllegalArgumentException("fault probabilities must be non-negative and sum to at most 1");
        }
        this.random = new SplittableRandom(seed);
    }

    public static RandomFaults none() {
        return new RandomFaults(Map.of(), 0);
    }

    /** Parses {@code kind=probability} pairs separated by commas; kinds are the {@link FaultKind} tokens. */
    public static RandomFaults parse(String spec, long seed) {
        Map<FaultKind, Double> probabilities = new EnumMap<>(FaultKind.class);
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected kind=probability but found '" + pair + "'");
            }
            try {
                probabilities.merge(FaultKind.fromToken(parts[0]), Double.parseDouble(parts[1].strip()), Double::sum);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a probability in '" + pair + "'", e);
            }
        }
        return new RandomFaults(probabilities, seed);
    }

    public Map<FaultKind, Double> probabilities() {
        return probabilities;
    }

    synchronized Optional<Fault> draw() {
        double point = random.nextDouble();
        double cumulative = 0;
        for (Map.Entry<FaultKind, Double> entry : probabilities.entrySet()) {
            cumulative += entry.getValue();
            if (point < cumulative) {
                return Optional.of(Fault.of(entry.getKey()));
            }
        }
        return Optional.empty();
    }
}
