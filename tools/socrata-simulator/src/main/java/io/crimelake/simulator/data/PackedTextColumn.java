package io.crimelake.simulator.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A high-cardinality text column (case numbers) stored as one byte buffer with offsets, not a String per row. */
final class PackedTextColumn {

    private byte[] bytes;
    private int[] ends;
    private int size;

    PackedTextColumn(int capacity) {
        this(new byte[Math.max(capacity, 16) * 8], new int[Math.max(capacity, 16)], 0);
    }

    private PackedTextColumn(byte[] bytes, int[] ends, int size) {
        this.bytes = bytes;
        this.ends = ends;
        this.size = size;
    }

    // A missing value is stored as an empty one: the portal never publishes an empty case number.
    void append(String value) {
        byte[] encoded = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        int start = end(size - 1);
        if (start + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + encoded.length));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        System.arraycopy(encoded, 0, bytes, start, encoded.length);
        ends[size++] = start + encoded.length;
    }

    String text(int row) {
        int start = end(row - 1);
        int length = ends[row] - start;
        return length == 0 ? null : new String(bytes, start, length, StandardCharsets.UTF_8);
    }

    PackedTextColumn copy() {
        return new PackedTextColumn(bytes.clone(), ends.clone(), size);
    }

    PackedTextColumn select(int[] rows) {
        PackedTextColumn selected = new PackedTextColumn(rows.length);
        for (int row : rows) {
            selected.append(text(row));
        }
        return selected;
    }

    private int end(int row) {
        return row < 0 ? 0 : ends[row];
    }
}
