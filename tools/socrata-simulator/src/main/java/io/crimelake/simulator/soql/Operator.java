package io.crimelake.simulator.soql;

/** A SoQL comparison operator. */
public enum Operator {
    EQUAL,
    NOT_EQUAL,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL;

    static Operator parse(String symbol) {
        return switch (symbol) {
            case "=" -> EQUAL;
            case "!=", "<>" -> NOT_EQUAL;
            case "<" -> LESS;
            case "<=" -> LESS_OR_EQUAL;
            case ">" -> GREATER;
            case ">=" -> GREATER_OR_EQUAL;
            default -> throw SoqlException.malformed("Unknown operator " + symbol);
        };
    }

    /** Applies the operator to the result of a {@code compareTo(value, literal)}. */
    public boolean holds(int comparison) {
        return switch (this) {
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
        };
    }

    public boolean isEquality() {
        return this == EQUAL || this == NOT_EQUAL;
    }
}
