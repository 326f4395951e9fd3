package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** Incidents in one time-series bucket, named by the bucket's first day. */
public record TimeSeriesPoint(LocalDate start, long count) {

    public TimeSeriesPoint {
        requireNonNull(start, "start is null");
    }
}
