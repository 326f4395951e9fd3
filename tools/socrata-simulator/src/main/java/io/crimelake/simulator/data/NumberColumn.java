package io.crimelake.simulator.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A numeric column (coordinates) held as doubles; the few values whose text is not the canonical rendering of
 * their number (unparsable values, trailing zeros) keep their original text, keyed by crime id so that they
 * survive row reordering.
 */
final class NumberColumn {

    private final Map<Long, String> originalTextById;
    private double[] values;
    private int size;

    NumberColumn(int capacity) {
        this(new HashMap<>(), new double[Math.max(capacity, 16)], 0);
    }

    private NumberColumn(Map<Long, String> originalTextById, double[] values, int size) {
        this.originalTextById = originalTextById;
        this.values = values;
        this.size = size;
    }

    void append(long id, String text) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        double value = text == null ? Double.NaN : TextDictionary.parseNumber(text);
        values[size++] = value;
        if (text != null && !text.equals(render(value))) {
            originalTextById.put(id, text);
        }
    }

    double number(int row) {
        return values[row];
    }

    String text(int row, long id) {
        double value = values[row];
        if (Double.isNaN(value)) {
            return originalTextById.get(id);
        }
        String original = originalTextById.isEmpty() ? null : originalTextById.get(id);
        return original != null ? original : render(value);
    }

    NumberColumn copy() {
        return new NumberColumn(new HashMap<>(originalTextById), values.clone(), size);
    }

    NumberColumn select(int[] rows) {
        double[] selected = new double[Math.max(rows.length, 16)];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new NumberColumn(new HashMap<>(originalTextById), selected, rows.length);
    }

    private static String render(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        long whole = (long) value;
        return whole == value ? Long.toString(whole) : Double.toString(value);
    }
}
