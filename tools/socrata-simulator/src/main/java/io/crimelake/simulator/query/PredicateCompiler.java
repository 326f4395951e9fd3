package io.crimelake.simulator.query;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.data.ValueKind;
import io.crimelake.simulator.soql.Literal;
import io.crimelake.simulator.soql.Operator;
import io.crimelake.simulator.soql.Predicate;
import io.crimelake.simulator.soql.SoqlException;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Compiles a {@code $where} condition into a row test over one table snapshot, comparing each column by its type:
 * timestamps as floating timestamps, numeric columns as numbers, text lexically. A missing value satisfies no
 * comparison, as in SQL.
 */
final class PredicateCompiler {

    private final CrimeTable table;

    PredicateCompiler(CrimeTable table) {
        this.table = table;
    }

    IntPredicate compile(Predicate predicate) {
        return switch (predicate) {
            case Predicate.MatchAll all -> row -> true;
            case Predicate.And and -> compile(and.left()).and(compile(and.right()));
            case Predicate.Or or -> compile(or.left()).or(compile(or.right()));
            case Predicate.Not not -> compile(not.operand()).negate();
            case Predicate.IsNull isNull -> row -> table.isMissing(isNull.column(), row);
            case Predicate.Comparison comparison ->
                compare(comparison.column(), comparison.operator(), comparison.value());
            case Predicate.In in ->
                in.values().stream()
                        .map(value -> compare(in.column(), Operator.EQUAL, value))
                        .reduce(IntPredicate::or)
                        .orElseThrow();
            case Predicate.Like like -> like(like.column(), like.pattern());
            case Predicate.FullText search -> fullText(search.text().toLowerCase(Locale.ROOT));
        };
    }

    private IntPredicate compare(Column column, Operator operator, Literal value) {
        return switch (column.kind()) {
            case NUMBER -> numeric(column, operator, value.asNumber());
            case NUMERIC_TEXT ->
                value.isNumeric() ? numeric(column, operator, value.asNumber()) : text(column, operator, value.text());
            case TEXT -> text(column, operator, value.text());
            case TIMESTAMP -> timestamp(column, operator, value);
            case BOOLEAN -> flag(column, operator, value);
            case LOCATION -> throw SoqlException.malformed("Cannot compare the location column " + column.fieldName());
        };
    }

    private IntPredicate numeric(Column column, Operator operator, double literal) {
        return row -> {
            double value = table.number(column, row);
            return !Double.isNaN(value) && operator.holds(Double.compare(value, literal));
        };
    }

    private IntPredicate text(Column column, Operator operator, String literal) {
        return row -> {
            String value = table.text(column, row);
            return value != null && operator.holds(value.compareTo(literal));
        };
    }

    private IntPredicate timestamp(Column column, Operator operator, Literal literal) {
        if (literal.kind() != Literal.Kind.STRING) {
            throw SoqlException.malformed("Type mismatch: compare " + column.fieldName() + " with a quoted timestamp");
        }
        long millis;
        try {
            millis = FloatingTimestamps.parseIsoMillis(literal.text());
        } catch (IllegalArgumentException e) {
            throw SoqlException.malformed("Could not parse '" + literal.text() + "' as a floating timestamp");
        }
        return row -> {
            long seconds = table.timestamp(column, row);
            return seconds != FloatingTimestamps.MISSING && operator.holds(Long.compare(seconds * 1000, millis));
        };
    }

    private IntPredicate flag(Column column, Operator operator, Literal literal) {
        String text = literal.text().toLowerCase(Locale.ROOT);
        if (!operator.isEquality() || !(text.equals("true") || text.equals("false"))) {
            throw SoqlException.malformed("Checkbox " + column.fieldName() + " supports only = and != with true/false");
        }
        boolean expected = Boolean.parseBoolean(text);
        return row -> {
            Boolean value = table.flag(column, row);
            return value != null && operator.holds(value == expected ? 0 : 1);
        };
    }

    private IntPredicate like(Column column, String pattern) {
        if (column.kind() == ValueKind.LOCATION || column.kind() == ValueKind.BOOLEAN) {
            throw SoqlException.malformed("LIKE applies to text, not to " + column.fieldName());
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("((?<=[%_])|(?=[%_]))")) {
            regex.append(
                    switch (part) {
                        case "%" -> ".*";
                        case "_" -> ".";
                        default -> Pattern.quote(part);
                    });
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.DOTALL);
        return row -> {
            String value = table.text(column, row);
            return value != null && compiled.matcher(value).matches();
        };
    }

    private IntPredicate fullText(String needle) {
        return row -> {
            for (Column column : Column.DATA_COLUMNS) {
                if (column.kind() == ValueKind.TEXT) {
                    String value = table.text(column, row);
                    if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
