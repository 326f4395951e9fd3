package io.crimelake.simulator.query;

import io.crimelake.simulator.soql.OrderItem.Direction;
import java.util.function.IntPredicate;

/** The ways a query walks the id-sorted table. */
final class RowCursors {

    /** The filter of a query without conditions; cursors recognise it to skip rows by arithmetic. */
    static final IntPredicate ALL_ROWS = row -> true;

    private RowCursors() {}

    /** Walks a range in id order, or in reverse, keeping rows that pass {@code filter}. */
    static RowCursor inIdOrder(RowRange range, Direction direction, IntPredicate filter) {
        boolean descending = direction == Direction.DESCENDING;
        return new RowCursor() {
            private int position = descending ? range.to() - 1 : range.from();

            @Override
            public int next() {
                while (descending ? position >= range.from() : position < range.to()) {
                    int row = descending ? position-- : position++;
                    if (filter == ALL_ROWS || filter.test(row)) {
                        return row;
                    }
                }
                return END;
            }

            @Override
            public void skip(long count) {
                if (filter != ALL_ROWS) {
                    RowCursor.super.skip(count);
                } else if (descending) {
                    position = (int) Math.max(range.from() - 1L, position - count);
                } else {
                    position = (int) Math.min(range.to(), position + count);
                }
            }
        };
    }

    /**
     * Walks a range from {@code start}, wrapping around: the order of a query without {@code $order}, which, like
     * the portal's, changes from one request to the next.
     */
    static RowCursor rotated(RowRange range, int start, IntPredicate filter) {
        return new RowCursor() {
            private int visited;

            @Override
            public int next() {
                while (visited < range.size()) {
                    int row = range.from() + (start + visited++) % range.size();
                    if (filter == ALL_ROWS || filter.test(row)) {
                        return row;
                    }
                }
                return END;
            }
        };
    }

    static RowCursor of(int[] rows, int count) {
        return new RowCursor() {
            private int position;

            @Override
            public int next() {
                return position < count ? rows[position++] : END;
            }

            @Override
            public void skip(long skipped) {
                position = (int) Math.min(count, position + skipped);
            }
        };
    }
}
