package io.crimelake.simulator.data;

import java.util.Arrays;

/** A column of primitive longs: ids and timestamps in epoch seconds. */
final class LongColumn {

    private long[] values;
    private int size;

    LongColumn(int capacity) {
        this(new long[Math.max(capacity, 16)], 0);
    }

    private LongColumn(long[] values, int size) {
        this.values = values;
        this.size = size;
    }

    void append(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void set(int row, long value) {
        values[row] = value;
    }

    long get(int row) {
        return values[row];
    }

    /** Returns the first row whose value is at least {@code value}; the column must be sorted ascending. */
    int lowerBound(long value) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    LongColumn copy() {
        return new LongColumn(values.clone(), size);
    }

    LongColumn select(int[] rows) {
        long[] selected = new long[Math.max(rows.length, 16)];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new LongColumn(selected, rows.length);
    }
}
