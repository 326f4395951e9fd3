package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

/** A constant in a SoQL expression: a quoted string, a number or a boolean, kept as written. */
public record Literal(Kind kind, String text) {

    /** The literal's syntactic form; SoQL coerces quoted strings to the column's type. */
    public enum Kind {
        STRING,
        NUMBER,
        BOOLEAN
    }

    public Literal {
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
    }

    /** Reads the literal as a number, as SoQL does for quoted numbers compared with numeric columns. */
    public double asNumber() {
        if (kind == Kind.BOOLEAN) {
            throw SoqlException.malformed("Type mismatch: " + text + " is not a number");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw SoqlException.malformed("Type mismatch: '" + text + "' is not a number");
        }
    }

    /** Whether the literal reads as a number: a number, or a quoted string holding one. */
    public boolean isNumeric() {
        if (kind != Kind.STRING) {
            return kind == Kind.NUMBER;
        }
        try {
            Double.parseDouble(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
