package io.crimelake.ui.adapter.in.web;

import com.vaadin.flow.component.html.Span;
import io.crimelake.ui.domain.Freshness;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** How current the data is, amber when the last ingest is older than 36 hours. */
class FreshnessBadge extends Span {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    FreshnessBadge() {
        addClassName("freshness-badge");
        getStyle()
                .set("display", "inline-block")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    void show(Freshness freshness, Instant now) {
        setText(
                "Last ingest: %s · source updated: %s · snapshot: %s · the portal publishes incidents about %d days late"
                        .formatted(
                                chicago(freshness.lastIngestedAt()),
                                time(freshness.lastSourceUpdate()),
                                freshness.snapshotId() == null
                                        ? "none"
                                        : freshness.snapshotId() + " (" + chicago(freshness.committedAt()) + ")",
                                freshness.publicationLagDays()));
        boolean stale = freshness.isStale(now);
        getElement().setAttribute("data-stale", String.valueOf(stale));
        // Amber with dark text keeps the contrast readable; the word "stale" carries the meaning without colour.
        getStyle().set("background", stale ? "#F0B429" : "var(--lumo-contrast-5pct)");
        getStyle().set("color", stale ? "#1a1a1a" : "var(--lumo-secondary-text-color)");
        if (stale) {
            setText("Data may be stale. " + getText());
        }
    }

    private static String chicago(Instant instant) {
        return instant == null ? "never" : time(instant.atZone(CHICAGO)) + " Chicago time";
    }

    private static String time(TemporalAccessor time) {
        return time == null ? "unknown" : WHEN.format(time);
    }
}
