package io.crimelake.bench;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/** Latency percentiles of one repeated HTTP request, in milliseconds. */
record LatencyResult(String name, int samples, double p50Millis, double p95Millis) {

    LatencyResult {
        requireNonNull(name, "name is null");
    }

    static LatencyResult of(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencyResult(name, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String markdownRow() {
        return "| %s | %d | %.1f | %.1f |".formatted(name, samples, p50Millis, p95Millis);
    }
}
