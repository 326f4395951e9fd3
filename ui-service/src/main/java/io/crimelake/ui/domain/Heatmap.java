package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Incidents by day of week and hour of day, Chicago local time.
 *
 * @param counts seven rows, Monday first, of 24 hourly counts each, midnight first
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

    /** The sum of all cells. */
    public long total() {
        return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }

    /** The largest cell, 0 when all are empty. */
    public long max() {
        return counts.stream()
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }
}
