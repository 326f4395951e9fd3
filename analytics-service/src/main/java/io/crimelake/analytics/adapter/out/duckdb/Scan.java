package io.crimelake.analytics.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

/**
 * What a query reads for one snapshot and how it gets time parts there: computed from {@code date} over
 * Parquet, precomputed columns in a serving table. All are SQL written by this package, never input.
 *
 * @param relation the {@code FROM} target
 * @param hour hour of day, 0-23
 * @param dayOfWeek ISO day of week, 1 (Monday) to 7
 * @param day the calendar day, a {@code DATE}
 * @param week the Monday starting the day's ISO week
 */
record Scan(String relation, String hour, String dayOfWeek, String day, String week) {

    Scan {
        requireNonNull(relation, "relation is null");
        requireNonNull(hour, "hour is null");
        requireNonNull(dayOfWeek, "dayOfWeek is null");
        requireNonNull(day, "day is null");
        requireNonNull(week, "week is null");
    }
}
