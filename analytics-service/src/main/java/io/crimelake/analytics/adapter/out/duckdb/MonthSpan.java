package io.crimelake.analytics.adapter.out.duckdb;

import java.util.List;

/**
 * The months (as {@code year * 100 + month}) that hold one page of newest-first incidents, and how many
 * matching rows lie in newer months. Restricting the page query to these partitions turns a top-N sort over
 * the whole history into one over a month or two.
 *
 * @param oldest the oldest month the page reaches
 * @param newest the newest month the page starts in
 * @param rowsInNewerMonths matching rows before {@code newest}, to subtract from the page's offset
 */
record MonthSpan(int oldest, int newest, long rowsInNewerMonths) {

    /** One month's matching rows. */
    record MonthCount(int yearMonth, long count) {}

    /**
     * Finds the span of rows {@code offset} to {@code offset + size - 1} in {@code newestFirst}, whose counts
     * must add up to more than {@code offset}.
     */
    static MonthSpan locate(List<MonthCount> newestFirst, long offset, int size) {
        int index = 0;
        long before = 0;
        while (before + newestFirst.get(index).count() <= offset) {
            before += newestFirst.get(index).count();
            index++;
        }
        int newest = newestFirst.get(index).yearMonth();
        long covered = before + newestFirst.get(index).count();
        while (covered < offset + size && index + 1 < newestFirst.size()) {
            index++;
            covered += newestFirst.get(index).count();
        }
        return new MonthSpan(newestFirst.get(index).yearMonth(), newest, before);
    }
}
