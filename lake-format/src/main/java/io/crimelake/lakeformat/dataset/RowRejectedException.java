package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a raw source row cannot become a record; checked, because ingest must quarantine such rows.
 */
public final class RowRejectedException extends Exception {
    private static final int MAX_QUOTED_VALUE = 100;

    private final String field;
    private final String reason;
    private final String rawValue;

    /**
     * @param field the API field name at fault
     * @param reason what is wrong, in words a data steward understands
     * @param rawValue the offending value as received, or null when it was missing
     */
    public RowRejectedException(String field, String reason, String rawValue) {
        super(message(field, reason, rawValue));
        this.field = requireNonNull(field, "field is null");
        this.reason = requireNonNull(reason, "reason is null");
        this.rawValue = rawValue;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The offending value as received, or null when the field was missing. */
    public String rawValue() {
        return rawValue;
    }

    private static String message(String field, String reason, String rawValue) {
        if (rawValue == null) {
            return "field '" + field + "': " + reason;
        }
        // Quarantine logs hold millions of these; a runaway value must not bloat them.
        String quoted = rawValue.length() > MAX_QUOTED_VALUE ? rawValue.substring(0, MAX_QUOTED_VALUE) + "…" : rawValue;
        return "field '" + field + "': " + reason + " (got '" + quoted + "')";
    }
}
