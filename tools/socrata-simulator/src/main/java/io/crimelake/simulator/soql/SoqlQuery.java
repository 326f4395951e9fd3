package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;
import java.util.List;

/** A parsed SODA query; an empty select list means every data column. */
public record SoqlQuery(
        List<SelectItem> select, Predicate where, List<OrderItem> order, List<Column> group, int limit, long offset) {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 50_000;

    public SoqlQuery {
        select = List.copyOf(requireNonNull(select, "select is null"));
        requireNonNull(where, "where is null");
        order = List.copyOf(requireNonNull(order, "order is null"));
        group = List.copyOf(requireNonNull(group, "group is null"));
        if (limit < 0 || limit > MAX_LIMIT) {
            throw SoqlException.malformed("$limit must lie between 0 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw SoqlException.malformed("$offset must not be negative: " + offset);
        }
    }

    /** Whether the query aggregates ({@code count(*)} or {@code $group}) rather than listing rows. */
    public boolean isAggregate() {
        return !group.isEmpty() || select.stream().anyMatch(SelectItem.CountItem.class::isInstance);
    }
}
