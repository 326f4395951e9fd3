package io.crimelake.simulator.query;

/** A stable merge sort of row indexes, avoiding a boxed {@code Integer} per row. */
final class IntSort {

    /** Compares two rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int left, int right);
    }

    private IntSort() {}

    static void sort(int[] rows, int count, RowComparator comparator) {
        int[] buffer = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int low = 0; low < count - width; low += 2 * width) {
                merge(rows, buffer, low, low + width, Math.min(low + 2 * width, count), comparator);
            }
        }
    }

    private static void merge(int[] rows, int[] buffer, int low, int middle, int high, RowComparator comparator) {
        if (comparator.compare(rows[middle - 1], rows[middle]) <= 0) {
            return;
        }
        System.arraycopy(rows, low, buffer, low, high - low);
        int left = low;
        int right = middle;
        for (int out = low; out < high; out++) {
            if (left < middle && (right >= high || comparator.compare(buffer[left], buffer[right]) <= 0)) {
                rows[out] = buffer[left++];
            } else {
                rows[out] = buffer[right++];
            }
        }
    }
}
