package io.crimelake.simulator.query;

/** Yields the row indexes of a result one at a time, so that a page streams without being built in memory. */
public interface RowCursor {

    /** Returned by {@link #next()} when no rows remain. */
    int END = -1;

    int next();

    /** Skips rows, as {@code $offset} does. */
    default void skip(long count) {
        long skipped = 0;
        while (skipped < count && next() != END) {
            skipped++;
        }
    }

    /** Stops after {@code limit} rows. */
    default RowCursor limit(int limit) {
        RowCursor source = this;
        return new RowCursor() {
            private int returned;

            @Override
            public int next() {
                return returned++ < limit ? source.next() : END;
            }
        };
    }
}
