package io.crimelake.bench;

import static java.util.Objects.requireNonNull;

/** One measured line: what ran, how many rows, how long, and what it means in rows per second. */
record BenchResult(String name, long rows, double seconds, String note) {

    BenchResult {
        requireNonNull(name, "name is null");
        requireNonNull(note, "note is null");
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be positive");
        }
    }

    double rowsPerSecond() {
        return rows / seconds;
    }

    String markdownRow() {
        return "| %s | %,d | %.2f | %,.0f | %s |".formatted(name, rows, seconds, rowsPerSecond(), note);
    }
}
