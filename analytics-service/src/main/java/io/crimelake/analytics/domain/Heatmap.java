package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * Incidents by day of week and hour of day (Chicago wall clock).
 *
 * @param counts seven rows, Monday first, of 24 hourly counts each, 00:00 first
 */
public record Heatmap(List<List<Long>> counts) {

    public Heatmap {
        counts = requireNonNull(counts, "counts is null").stream()
                .map(List::copyOf)
                .toList();
        if (counts.size() != 7 || counts.stream().anyMatch(row -> row.size() != 24)) {
            throw new IllegalArgumentException("a heatmap has 7 rows of 24 counts");
        }
    }

    /** Builds the heatmap from {@code cells[isoDayOfWeek - 1][hour]}. */
    public static Heatmap of(long[][] cells) {
        return new Heatmap(Arrays.stream(cells)
                .map(row -> Arrays.stream(row).boxed().toList())
                .toList());
    }

    /** All zeros. */
    public static Heatmap empty() {
        return of(new long[7][24]);
    }
}
