package io.crimelake.simulator.format;

/** Row-level damage a fault asks the writers to inflict on an otherwise correct response. */
public record RowTweaks(boolean injectMalformedRow, boolean addUnknownColumn) {

    public static final RowTweaks NONE = new RowTweaks(false, false);

    /** The name of the column the portal "adds" when an unknown-column fault is active. */
    public static final String UNKNOWN_COLUMN_NAME = "source_system";

    public static final String UNKNOWN_COLUMN_VALUE = "CLEAR";
}
