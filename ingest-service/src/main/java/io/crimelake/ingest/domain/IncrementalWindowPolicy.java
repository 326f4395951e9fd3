package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Decides the window of an incremental run: the last {@code backfillDays} days (reaching back to the stored
 * {@code watermark_max_date} if that is older, so a missed day is never skipped), plus every row updated after
 * the {@code updated_on} watermark minus a safety overlap; with no watermark yet, everything since the start
 * date.
 *
 * @param backfillDays trailing days re-pulled on every run
 * @param startDate first day pulled when no watermark exists
 * @param updatedOnOverlap how far before the watermark updates are pulled again, against clock skew and late
 *     portal writes
 */
public record IncrementalWindowPolicy(int backfillDays, LocalDate startDate, Duration updatedOnOverlap) {

    public IncrementalWindowPolicy {
        requireNonNull(startDate, "startDate is null");
        requireNonNull(updatedOnOverlap, "updatedOnOverlap is null");
        if (backfillDays < 0 || updatedOnOverlap.isNegative()) {
            throw new IllegalArgumentException("backfillDays and updatedOnOverlap must not be negative");
        }
    }

    /**
     * The window for a run starting at {@code now} (Chicago wall-clock time) with the given state.
     *
     * @param state the dataset's state, or null when no run has succeeded yet
     */
    public QueryWindow windowAt(LocalDateTime now, IngestState state) {
        requireNonNull(now, "now is null");
        if (state == null || state.watermarkMaxUpdatedOn() == null) {
            return QueryWindow.since(startDate.atStartOfDay(), null);
        }
        LocalDateTime recent = now.toLocalDate().minusDays(backfillDays).atStartOfDay();
        LocalDateTime dateFrom = recent;
        if (state.watermarkMaxDate() != null) {
            LocalDateTime lastSeenDay = state.watermarkMaxDate().toLocalDate().atStartOfDay();
            dateFrom = lastSeenDay.isBefore(recent) ? lastSeenDay : recent;
        }
        return QueryWindow.since(dateFrom, state.watermarkMaxUpdatedOn().minus(updatedOnOverlap));
    }
}
