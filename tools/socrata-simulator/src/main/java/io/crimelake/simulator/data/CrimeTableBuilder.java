package io.crimelake.simulator.data;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;

/** Collects rows, applies edits and deletions, and produces a {@link CrimeTable} sorted by id. */
public final class CrimeTableBuilder {

    private static final int ROW_BITS = 24;

    private ColumnStore store;

    public CrimeTableBuilder() {
        this(new ColumnStore(1024));
    }

    CrimeTableBuilder(ColumnStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    public CrimeTableBuilder add(CrimeRecord record) {
        requireNonNull(record, "record is null");
        open().append(record);
        return this;
    }

    public int size() {
        return open().size;
    }

    public long id(int row) {
        return open().ids.get(row);
    }

    public Boolean flag(Column column, int row) {
        return switch (column) {
            case ARREST -> open().arrests.get(row);
            case DOMESTIC -> open().domestics.get(row);
            default -> throw new IllegalArgumentException(column + " is not a checkbox");
        };
    }

    /** Replaces a value of a dictionary-encoded text column (type, description, beat...). */
    public void setText(Column column, int row, String value) {
        TextColumn values = open().texts.get(column);
        if (values == null) {
            throw new IllegalArgumentException(column + " cannot be edited");
        }
        values.set(row, value);
    }

    public void setFlag(Column column, int row, Boolean value) {
        switch (column) {
            case ARREST -> open().arrests.set(row, value);
            case DOMESTIC -> open().domestics.set(row, value);
            default -> throw new IllegalArgumentException(column + " is not a checkbox");
        }
    }

    public void setUpdatedOn(int row, LocalDateTime updatedOn) {
        open().updatedOns.set(row, FloatingTimestamps.toSeconds(updatedOn));
    }

    /** Removes the given rows; row indexes shift down afterwards. */
    public void delete(BitSet rows) {
        ColumnStore current = open();
        int[] kept = new int[current.size - rows.cardinality()];
        int next = 0;
        for (int row = rows.nextClearBit(0); row < current.size; row = rows.nextClearBit(row + 1)) {
            kept[next++] = row;
        }
        store = current.select(kept);
    }

    /** Sorts by id, keeps the last row added for a duplicated id, and hands the storage to the table. */
    public CrimeTable build() {
        ColumnStore current = open();
        store = null;
        return new CrimeTable(isSortedAndUnique(current) ? current : current.select(sortedUniqueRows(current)));
    }

    private ColumnStore open() {
        if (store == null) {
            throw new IllegalStateException("the table was already built");
        }
        return store;
    }

    private static boolean isSortedAndUnique(ColumnStore store) {
        for (int row = 1; row < store.size; row++) {
            if (store.ids.get(row - 1) >= store.ids.get(row)) {
                return false;
            }
        }
        return true;
    }

    // Packs (id, row) into one long so that a primitive sort orders by id, then by insertion.
    private static int[] sortedUniqueRows(ColumnStore store) {
        if (store.size >= 1 << ROW_BITS) {
            throw new IllegalStateException("too many rows to sort: " + store.size);
        }
        long[] keys = new long[store.size];
        for (int row = 0; row < store.size; row++) {
            long id = store.ids.get(row);
            if (id >= 1L << (63 - ROW_BITS)) {
                throw new IllegalStateException("id too large: " + id);
            }
            keys[row] = id << ROW_BITS | row;
        }
        Arrays.sort(keys);
        int[] rows = new int[keys.length];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            boolean lastOfId = i + 1 == keys.length || keys[i + 1] >>> ROW_BITS != keys[i] >>> ROW_BITS;
            if (lastOfId) {
                rows[count++] = (int) (keys[i] & ((1 << ROW_BITS) - 1));
            }
        }
        return Arrays.copyOf(rows, count);
    }
}
