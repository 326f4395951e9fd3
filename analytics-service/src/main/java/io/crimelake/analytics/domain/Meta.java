package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The answer of {@code /meta}: whether there is data, which snapshot serves it and what it holds.
 *
 * @param hasData false until the first snapshot with data is published
 * @param message a sentence for the dashboard to show
 * @param snapshotId current snapshot, null when none
 * @param committedAt when that snapshot was published, null when none
 * @param publicationLagDays the portal publishes incidents about this many days after they happen
 * @param overview size, range, freshness and dimension values
 */
public record Meta(
        boolean hasData,
        String message,
        String snapshotId,
        Instant committedAt,
        int publicationLagDays,
        LakeOverview overview) {
    public static final int PORTAL_PUBLICATION_LAG_DAYS = 7;

    public Meta {
        requireNonNull(message, "message is null");
        requireNonNull(overview, "overview is null");
    }

    /** Meta for a lake where nothing has been published yet. */
    public static Meta noData() {
        return new Meta(
                false,
                "No data yet: the lake has no published snapshot with incidents.",
                null,
                null,
                PORTAL_PUBLICATION_LAG_DAYS,
                LakeOverview.empty());
    }

    /** Meta for {@code snapshot}. */
    public static Meta of(Snapshot snapshot, LakeOverview overview) {
        String message = overview.rows() == 0 ? "The current snapshot holds no incidents." : "OK";
        return new Meta(
                overview.rows() > 0,
                message,
                snapshot.id(),
                snapshot.committedAt(),
                PORTAL_PUBLICATION_LAG_DAYS,
                overview);
    }
}
