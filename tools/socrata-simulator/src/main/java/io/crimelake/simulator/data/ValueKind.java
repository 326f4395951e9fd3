package io.crimelake.simulator.data;

/** How a column's values are stored, compared and rendered. */
public enum ValueKind {
    /** Free text compared lexically. */
    TEXT,
    /** Text that holds a number ("009"): compared numerically, served verbatim. */
    NUMERIC_TEXT,
    /** A number served as a JSON string, compared numerically. */
    NUMBER,
    /** A floating (zone-less) timestamp with second precision. */
    TIMESTAMP,
    /** A checkbox served as a JSON boolean. */
    BOOLEAN,
    /** A point derived from latitude and longitude. */
    LOCATION
}
