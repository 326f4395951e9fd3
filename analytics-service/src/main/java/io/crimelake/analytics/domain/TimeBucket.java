package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** Incidents in one time-series bucket, named by its first day (a Monday for weeks, the 1st for months). */
public record TimeBucket(LocalDate start, long count) {

    public TimeBucket {
        requireNonNull(start, "start is null");
    }
}
