package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;
import java.util.List;

/** A parsed {@code $where} condition. */
public sealed interface Predicate {

    /** The condition of a query without {@code $where}. */
    record MatchAll() implements Predicate {}

    record And(Predicate left, Predicate right) implements Predicate {
        public And {
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }
    }

    record Or(Predicate left, Predicate right) implements Predicate {
        public Or {
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }
    }

    record Not(Predicate operand) implements Predicate {
        public Not {
            requireNonNull(operand, "operand is null");
        }
    }

    record Comparison(Column column, Operator operator, Literal value) implements Predicate {
        public Comparison {
            requireNonNull(column, "column is null");
            requireNonNull(operator, "operator is null");
            requireNonNull(value, "value is null");
        }
    }

    record In(Column column, List<Literal> values) implements Predicate {
        public In {
            requireNonNull(column, "column is null");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw SoqlException.malformed("in(...) needs at least one value");
            }
        }
    }

    record IsNull(Column column) implements Predicate {
        public IsNull {
            requireNonNull(column, "column is null");
        }
    }

    /** SQL {@code LIKE} with {@code %} and {@code _} wildcards. */
    record Like(Column column, String pattern) implements Predicate {
        public Like {
            requireNonNull(column, "column is null");
            requireNonNull(pattern, "pattern is null");
        }
    }

    /** The {@code $q} search: a case-insensitive substring of any text column. */
    record FullText(String text) implements Predicate {
        public FullText {
            requireNonNull(text, "text is null");
        }
    }

    /** Joins two conditions with AND, dropping a {@link MatchAll}. */
    static Predicate and(Predicate left, Predicate right) {
        if (left instanceof MatchAll) {
            return right;
        }
        return right instanceof MatchAll ? left : new And(left, right);
    }
}
