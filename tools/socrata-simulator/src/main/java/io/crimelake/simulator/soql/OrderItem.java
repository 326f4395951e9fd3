package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

/**
 * One key of {@code $order}: a column name, a {@code $select} alias, or {@code count(*)}; resolved when the query
 * runs because aliases belong to the select list.
 */
public record OrderItem(String reference, Direction direction) {

    /** Sort direction; SoQL sorts ascending unless told otherwise. */
    public enum Direction {
        ASCENDING,
        DESCENDING
    }

    public OrderItem {
        requireNonNull(reference, "reference is null");
        requireNonNull(direction, "direction is null");
    }
}
