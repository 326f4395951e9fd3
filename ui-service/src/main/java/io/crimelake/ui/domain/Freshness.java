package io.crimelake.ui.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * How current the dashboard's data is.
 *
 * @param snapshotId the lake snapshot answering the queries, null before the first one
 * @param committedAt when that snapshot was published, null before the first one
 * @param lastIngestedAt when the newest row was ingested, null without data
 * @param lastSourceUpdate the newest {@code updated_on} the portal reported (Chicago time), null if unknown
 * @param publicationLagDays the portal publishes incidents about this many days after they happen
 */
public record Freshness(
        String snapshotId,
        Instant committedAt,
        Instant lastIngestedAt,
        LocalDateTime lastSourceUpdate,
        int publicationLagDays) {

    /** Older than this, the last ingest suggests the daily run is failing. */
    public static final Duration STALE_AFTER = Duration.ofHours(36);

    /** Whether the last ingest is missing or older than {@link #STALE_AFTER} at {@code now}. */
    public boolean isStale(Instant now) {
        return lastIngestedAt == null || Duration.between(lastIngestedAt, now).compareTo(STALE_AFTER) > 0;
    }
}
