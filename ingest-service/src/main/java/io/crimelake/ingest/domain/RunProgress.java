package io.crimelake.ingest.domain;

import java.time.LocalDateTime;

/**
 * A run's checkpoint after its latest committed page: where to continue and what has been staged so far.
 *
 * @param windowIndex the window being pulled (backfill: one per month)
 * @param lastKey key of the last row staged in that window, or null when none yet
 * @param rowsInWindow rows staged from that window, for the per-window row limit
 * @param pages pages committed to staging in the whole run; the next page file is {@code pages + 1}
 * @param rowsFetched rows received from the source, quarantined ones included
 * @param rowsQuarantined rows that failed normalisation
 * @param maxDate latest incident {@code date} staged, or null
 * @param maxUpdatedOn latest {@code updated_on} staged, or null
 */
public record RunProgress(
        int windowIndex,
        Long lastKey,
        long rowsInWindow,
        long pages,
        long rowsFetched,
        long rowsQuarantined,
        LocalDateTime maxDate,
        LocalDateTime maxUpdatedOn) {

    public RunProgress {
        if (windowIndex < 0 || rowsInWindow < 0 || pages < 0 || rowsFetched < 0 || rowsQuarantined < 0) {
            throw new IllegalArgumentException("progress counters must not be negative");
        }
        if (rowsQuarantined > rowsFetched) {
            throw new IllegalArgumentException("more rows quarantined than fetched");
        }
    }

    public static RunProgress start() {
        return new RunProgress(0, null, 0, 0, 0, 0, null, null);
    }

    /** The progress after one more page of the current window was committed. */
    public RunProgress afterPage(PageSummary page) {
        return new RunProgress(
                windowIndex,
                page.lastKey() != null ? page.lastKey() : lastKey,
                rowsInWindow + page.rows(),
                pages + 1,
                rowsFetched + page.rows(),
                rowsQuarantined + page.quarantined(),
                later(maxDate, page.maxDate()),
                later(maxUpdatedOn, page.maxUpdatedOn()));
    }

    /** The progress when the current window is exhausted and the next one begins. */
    public RunProgress nextWindow() {
        return new RunProgress(windowIndex + 1, null, 0, pages, rowsFetched, rowsQuarantined, maxDate, maxUpdatedOn);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
