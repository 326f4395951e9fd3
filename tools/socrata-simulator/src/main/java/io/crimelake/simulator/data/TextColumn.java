package io.crimelake.simulator.data;

import java.util.Arrays;

/** A dictionary-encoded text column: four bytes per row however long the value. */
final class TextColumn {

    private static final int MISSING = -1;

    private final TextDictionary dictionary;
    private int[] codes;
    private int size;

    TextColumn(int capacity) {
        this(new TextDictionary(), new int[Math.max(capacity, 16)], 0);
    }

    private TextColumn(TextDictionary dictionary, int[] codes, int size) {
        this.dictionary = dictionary;
        this.codes = codes;
        this.size = size;
    }

    void append(String value) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = encode(value);
    }

    void set(int row, String value) {
        codes[row] = encode(value);
    }

    String text(int row) {
        int code = codes[row];
        return code == MISSING ? null : dictionary.value(code);
    }

    double number(int row) {
        int code = codes[row];
        return code == MISSING ? Double.NaN : dictionary.number(code);
    }

    TextColumn copy() {
        return new TextColumn(dictionary.copy(), codes.clone(), size);
    }

    TextColumn select(int[] rows) {
        int[] selected = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = codes[rows[i]];
        }
        return new TextColumn(dictionary.copy(), selected, rows.length);
    }

    private int encode(String value) {
        return value == null ? MISSING : dictionary.codeOf(value);
    }
}
