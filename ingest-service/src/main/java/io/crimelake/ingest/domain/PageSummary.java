package io.crimelake.ingest.domain;

import java.time.LocalDateTime;

/**
 * What one committed page contributed to a run.
 *
 * @param rows rows received, quarantined ones included
 * @param keyedRows rows that carried a usable key; fewer than requested means the window is exhausted
 * @param quarantined rows that failed normalisation
 * @param lastKey the largest key on the page, or null when it had no row with a usable key
 * @param maxDate latest incident {@code date} among the staged rows, or null
 * @param maxUpdatedOn latest {@code updated_on} among the staged rows, or null
 */
public record PageSummary(
        long rows, long keyedRows, long quarantined, Long lastKey, LocalDateTime maxDate, LocalDateTime maxUpdatedOn) {
    public PageSummary {
        if (rows < 0 || keyedRows < 0 || keyedRows > rows || quarantined < 0 || quarantined > rows) {
            throw new IllegalArgumentException("invalid page counts: rows " + rows + ", quarantined " + quarantined);
        }
    }
}
