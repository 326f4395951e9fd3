package io.crimelake.ui.domain;

import java.util.Locale;

/** Bucket size of the time-series chart; weeks start on Monday as in the analytics API. */
public enum Grain {
    DAY,
    WEEK;

    /** The lower-case name the analytics API and the dashboard URL use. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
