package io.crimelake.ui.adapter.in.web.admin;

import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeHandoff;
import io.crimelake.ui.domain.admin.LakeSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** The admin console's wording of runs, counts, sizes and times; UTC throughout, as in the services' logs. */
final class AdminFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AdminFormat() {}

    /** One line of live progress, e.g. {@code RUNNING · page 3 · 1,200 of 5,000 rows · 400 rows/s · ETA 0:10}. */
    static String progress(IngestRun run) {
        List<String> parts = new ArrayList<>();
        parts.add(run.status().name());
        parts.add("page " + count(run.pages()));
        parts.add(
                run.totalRows() == null
                        ? count(run.rowsFetched()) + " rows"
                        : count(run.rowsFetched()) + " of " + count(run.totalRows()) + " rows");
        if (run.rowsQuarantined() > 0) {
            parts.add(count(run.rowsQuarantined()) + " quarantined");
        }
        parts.add(count(run.rowsPerSecond()) + " rows/s");
        if (run.timeLeft() != null) {
            parts.add("ETA " + duration(run.timeLeft()));
        }
        return String.join(" · ", parts);
    }

    /** The notification when a run ends. */
    static String finished(IngestRun run) {
        String outcome = "Run " + run.id() + " " + run.status().name();
        return run.error() != null
                ? outcome + ": " + run.error()
                : outcome + " · " + count(run.rowsFetched()) + " rows fetched";
    }

    /** The notification when lake-service took a run's batch. */
    static String handedOff(IngestRun run) {
        return run.lakeHandoff()
                .map(handoff -> "Lake took run " + run.id()
                        + (handoff.snapshotId() == null ? " (no change)" : ": snapshot " + handoff.snapshotId())
                        + " · " + count(handoff.rowsInserted()) + " inserted, " + count(handoff.rowsUpdated())
                        + " updated")
                .orElse("Run " + run.id() + " is not in the lake yet");
    }

    static String snapshot(Optional<LakeSnapshot> current) {
        return current.map(snapshot -> "Snapshot " + snapshot.id() + " · " + count(snapshot.rows()) + " rows · "
                        + bytes(snapshot.bytes()) + " · " + count(snapshot.files()) + " files · committed "
                        + time(snapshot.committedAt()))
                .orElse("No snapshot yet: the lake fills after the first run completes.");
    }

    /** A handoff count, or blank while lake-service has not taken the batch. */
    static String handoffCount(IngestRun run, ToLongFunction<LakeHandoff> count) {
        return run.lakeHandoff()
                .map(handoff -> count(count.applyAsLong(handoff)))
                .orElse("");
    }

    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.US, "%.1f %s", value, units[unit]);
    }

    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours == 0
                ? String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** How long an ended run took, blank while it runs. */
    static String took(IngestRun run) {
        return run.startedAt() == null || run.finishedAt() == null
                ? ""
                : duration(Duration.between(run.startedAt(), run.finishedAt()));
    }

    /** A UTC time to the minute, for table cells. */
    static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
