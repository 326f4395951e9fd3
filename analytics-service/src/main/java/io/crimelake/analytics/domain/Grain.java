package io.crimelake.analytics.domain;

import java.util.Locale;

/** Bucket size of a time series; weeks are ISO weeks starting on Monday. */
public enum Grain {
    DAY,
    WEEK,
    MONTH;

    /** Parses {@code day}, {@code week} or {@code month} in any case. */
    public static Grain parse(String value) {
        for (Grain grain : values()) {
            if (grain.name().equalsIgnoreCase(value)) {
                return grain;
            }
        }
        throw new InvalidParameterException("grain", "must be one of day, week, month");
    }

    /** The lower-case name used in the API. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
