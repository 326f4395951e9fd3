package io.crimelake.simulator.soql;

import io.crimelake.simulator.data.Column;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a SODA request's parameters into a {@link SoqlQuery}: the {@code $} clauses, {@code $q}, and the simple
 * filters ({@code ?primary_type=THEFT}) that SODA treats as equality conditions.
 */
public final class SoqlQueryParser {

    private static final List<String> CLAUSES =
            List.of("$select", "$where", "$order", "$group", "$limit", "$offset", "$q");

    private SoqlQueryParser() {}

    /** Parses the parameters; names starting with {@code $$} (app token, options) are not part of the query. */
    public static SoqlQuery parse(Map<String, String> parameters) {
        Predicate where = Predicate.and(
                clause(parameters, "$where").map(SoqlParser::parseWhere).orElse(new Predicate.MatchAll()),
                clause(parameters, "$q").<Predicate>map(Predicate.FullText::new).orElse(new Predicate.MatchAll()));
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("$$")) {
                continue;
            }
            if (name.startsWith("$") && !CLAUSES.contains(name)) {
                throw SoqlException.malformed("Unrecognized arguments [" + name + "]");
            }
            if (!name.startsWith("$")) {
                where = Predicate.and(where, simpleFilter(name, parameter.getValue()));
            }
        }
        return new SoqlQuery(
                clause(parameters, "$select").map(SoqlParser::parseSelect).orElse(List.of()),
                where,
                clause(parameters, "$order").map(SoqlParser::parseOrder).orElse(List.of()),
                clause(parameters, "$group").map(SoqlParser::parseGroup).orElse(List.of()),
                (int) number(parameters, "$limit", SoqlQuery.DEFAULT_LIMIT),
                number(parameters, "$offset", 0));
    }

    private static Predicate simpleFilter(String name, String value) {
        Column column = Column.byFieldName(name)
                .orElseThrow(() -> new SoqlException(SoqlException.NO_SUCH_COLUMN, "No such column: " + name));
        return new Predicate.Comparison(column, Operator.EQUAL, new Literal(Literal.Kind.STRING, value));
    }

    private static Optional<String> clause(Map<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isBlank());
    }

    private static long number(Map<String, String> parameters, String name, long fallback) {
        Optional<String> text = clause(parameters, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (name.equals("$limit") && value > SoqlQuery.MAX_LIMIT) {
                throw SoqlException.malformed(
                        "Invalid $limit " + value + ": the maximum is " + SoqlQuery.MAX_LIMIT + " rows per request");
            }
            return value;
        } catch (NumberFormatException e) {
            throw SoqlException.malformed("Invalid " + name + ": '" + text.get() + "' is not an integer");
        }
    }
}
