package io.crimelake.simulator.data;

import java.util.Arrays;

/** A nullable boolean column, one byte per row. */
final class FlagColumn {

    private static final byte MISSING = 0;
    private static final byte FALSE = 1;
    private static final byte TRUE = 2;

    private byte[] values;
    private int size;

    FlagColumn(int capacity) {
        this(new byte[Math.max(capacity, 16)], 0);
    }

    private FlagColumn(byte[] values, int size) {
        this.values = values;
        this.size = size;
    }

    void append(Boolean value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = encode(value);
    }

    void set(int row, Boolean value) {
        values[row] = encode(value);
    }

    Boolean get(int row) {
        return switch (values[row]) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    FlagColumn copy() {
        return new FlagColumn(values.clone(), size);
    }

    FlagColumn select(int[] rows) {
        byte[] selected = new byte[Math.max(rows.length, 16)];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new FlagColumn(selected, rows.length);
    }

    private static byte encode(Boolean value) {
        return value == null ? MISSING : value ? TRUE : FALSE;
    }
}
