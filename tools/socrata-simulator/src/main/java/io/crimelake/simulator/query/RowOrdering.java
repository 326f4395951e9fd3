package io.crimelake.simulator.query;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.soql.OrderItem.Direction;
import io.crimelake.simulator.soql.SoqlException;
import java.util.List;

/** Builds the row comparator for an {@code $order} list; missing values sort last ascending and first descending. */
final class RowOrdering {

    /** One resolved sort key. */
    record SortKey(Column column, Direction direction) {}

    private RowOrdering() {}

    static IntSort.RowComparator of(CrimeTable table, List<SortKey> keys) {
        IntSort.RowComparator combined = (left, right) -> 0;
        for (SortKey key : keys.reversed()) {
            IntSort.RowComparator ascending = ascending(table, key.column());
            IntSort.RowComparator directed = key.direction() == Direction.DESCENDING
                    ? (left, right) -> ascending.compare(right, left)
                    : ascending;
            IntSort.RowComparator rest = combined;
            combined = (left, right) -> {
                int result = directed.compare(left, right);
                return result != 0 ? result : rest.compare(left, right);
            };
        }
        return combined;
    }

    private static IntSort.RowComparator ascending(CrimeTable table, Column column) {
        return switch (column.kind()) {
            case NUMBER, NUMERIC_TEXT ->
                (left, right) -> nullsLast(table.number(column, left), table.number(column, right));
            case TIMESTAMP ->
                (left, right) -> {
                    long a = table.timestamp(column, left);
                    long b = table.timestamp(column, right);
                    return a == b
                            ? 0
                            : a == FloatingTimestamps.MISSING
                                    ? 1
                                    : b == FloatingTimestamps.MISSING ? -1 : Long.compare(a, b);
                };
            case TEXT -> (left, right) -> nullsLast(table.text(column, left), table.text(column, right));
            case BOOLEAN -> (left, right) -> nullsLast(table.flag(column, left), table.flag(column, right));
            case LOCATION -> throw SoqlException.malformed("Cannot order by the location column " + column.fieldName());
        };
    }

    private static int nullsLast(double a, double b) {
        boolean aMissing = Double.isNaN(a);
        boolean bMissing = Double.isNaN(b);
        return aMissing || bMissing ? Boolean.compare(aMissing, bMissing) : Double.compare(a, b);
    }

    private static <T extends Comparable<T>> int nullsLast(T a, T b) {
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }
}
