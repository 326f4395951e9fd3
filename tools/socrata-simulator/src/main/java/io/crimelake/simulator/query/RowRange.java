package io.crimelake.simulator.query;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.soql.Predicate;

/**
 * The rows {@code [from, to)} that can match a condition, narrowed by binary search on the id-sorted table when
 * the condition's top-level AND bounds {@code id}; this makes keyset paging ({@code id > N}) cost only its page.
 */
record RowRange(int from, int to) {

    RowRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
        }
    }

    static RowRange of(CrimeTable table, Predicate where) {
        RowRange range = new RowRange(0, table.size());
        return range.narrow(table, where);
    }

    int size() {
        return to - from;
    }

    private RowRange narrow(CrimeTable table, Predicate predicate) {
        if (predicate instanceof Predicate.And and) {
            return narrow(table, and.left()).narrow(table, and.right());
        }
        if (!(predicate instanceof Predicate.Comparison comparison)
                || comparison.column() != Column.ID
                || !comparison.value().isNumeric()) {
            return this;
        }
        double bound = comparison.value().asNumber();
        return switch (comparison.operator()) {
            case GREATER -> withFrom(table.firstRowWithIdAtLeast((long) Math.floor(bound) + 1));
            case GREATER_OR_EQUAL -> withFrom(table.firstRowWithIdAtLeast((long) Math.ceil(bound)));
            case LESS -> withTo(table.firstRowWithIdAtLeast((long) Math.ceil(bound)));
            case LESS_OR_EQUAL -> withTo(table.firstRowWithIdAtLeast((long) Math.floor(bound) + 1));
            case EQUAL ->
                withFrom(table.firstRowWithIdAtLeast((long) Math.ceil(bound)))
                        .withTo(table.firstRowWithIdAtLeast((long) Math.floor(bound) + 1));
            case NOT_EQUAL -> this;
        };
    }

    private RowRange withFrom(int row) {
        int newFrom = Math.max(from, row);
        return new RowRange(Math.min(newFrom, to), to);
    }

    private RowRange withTo(int row) {
        int newTo = Math.min(to, row);
        return new RowRange(Math.min(from, newTo), newTo);
    }
}
