package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed, validating access to one raw source row, shared by every dataset's normaliser.
 *
 * <p>Rules: values are trimmed and an empty or whitespace-only value counts as missing. Descriptive text
 * ({@link #text}) is otherwise kept exactly as given, so "UNKNOWN" or "N/A" in a description stays a
 * description. Codes, numbers, booleans and timestamps also treat "N/A" (any case) as missing, because there
 * it can only mean "no value". A present value that does not parse is never guessed at: the row is
 * rejected with the field and the reason.
 */
public final class SourceRow {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private final Map<String, String> values;

    public SourceRow(Map<String, String> values) {
        this.values = requireNonNull(values, "values is null");
    }

    /** Descriptive free text: trimmed, blank becomes null, anything else kept as given. */
    public String text(String field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A code such as a beat or IUCR: trimmed and kept as a string so leading zeros and letters survive. */
    public String code(String field) {
        String value = text(field);
        return value == null || value.equalsIgnoreCase("N/A") ? null : value;
    }

    public Integer optionalInt(String field) throws RowRejectedException {
        String value = code(field);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new RowRejectedException(field, "not an integer", values.get(field));
        }
        try {
            // Zero-padded codes such as district "009" are plain decimal integers.
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field, "integer out of range", values.get(field));
        }
    }

    public long requiredLong(String field) throws RowRejectedException {
        String value = requiredCode(field);
        if (!INTEGER.matcher(value).matches()) {
            throw new RowRejectedException(field, "not an integer", values.get(field));
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field, "integer out of range", values.get(field));
        }
    }

    public Double optionalDouble(String field) throws RowRejectedException {
        String value = code(field);
        if (value == null) {
            return null;
        }
        // A pattern first, because Double.parseDouble also accepts "NaN", "Infinity", hex and a "d" suffix.
        if (!DECIMAL.matcher(value).matches()) {
            throw new RowRejectedException(field, "not a decimal number", values.get(field));
        }
        return Double.parseDouble(value);
    }

    /** Accepts "true" or "false" in any case and nothing else: the portal never writes other forms. */
    public boolean requiredBoolean(String field) throws RowRejectedException {
        String value = requiredCode(field);
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new RowRejectedException(field, "expected true or false", values.get(field));
    }

    public LocalDateTime requiredTimestamp(String field) throws RowRejectedException {
        return parseTimestamp(field, requiredCode(field));
    }

    public LocalDateTime optionalTimestamp(String field) throws RowRejectedException {
        String value = code(field);
        return value == null ? null : parseTimestamp(field, value);
    }

    private String requiredCode(String field) throws RowRejectedException {
        String value = code(field);
        if (value == null) {
            throw new RowRejectedException(field, "missing required value", values.get(field));
        }
        return value;
    }

    private LocalDateTime parseTimestamp(String field, String value) throws RowRejectedException {
        try {
            return SourceTimestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(
                    field, "not a timestamp of the form " + SourceTimestamps.ACCEPTED_FORMS, values.get(field));
        }
    }
}
