package io.crimelake.ui.domain.admin;

import java.time.Duration;
import java.time.Instant;

/** Runs as tests need them. */
public final class AdminRuns {
    private AdminRuns() {}

    public static IngestRun running(String id, long rowsFetched, Long totalRows) {
        return new IngestRun(
                id,
                "backfill",
                RunStatus.RUNNING,
                Instant.parse("2024-11-05T09:15:00Z"),
                Instant.parse("2024-11-05T09:15:01Z"),
                null,
                3,
                rowsFetched,
                12,
                totalRows,
                32_000,
                totalRows == null ? null : Duration.ofSeconds(75),
                null,
                null);
    }

    public static IngestRun completed(String id) {
        return completed(id, new LakeHandoff(7L, 9_500, 280, 20));
    }

    /** Completed, its batch not yet taken by lake-service. */
    public static IngestRun completedBeforeHandoff(String id) {
        return completed(id, null);
    }

    private static IngestRun completed(String id, LakeHandoff handoff) {
        return new IngestRun(
                id,
                "incremental",
                RunStatus.COMPLETED,
                Instant.parse("2024-11-05T09:15:00Z"),
                Instant.parse("2024-11-05T09:15:01Z"),
                Instant.parse("2024-11-05T09:15:40Z"),
                1,
                9_800,
                0,
                9_800L,
                0,
                null,
                null,
                handoff);
    }

    public static IngestRun failed(String id, String error) {
        return new IngestRun(
                id,
                "incremental",
                RunStatus.FAILED,
                Instant.parse("2024-11-05T09:15:00Z"),
                Instant.parse("2024-11-05T09:15:01Z"),
                Instant.parse("2024-11-05T09:16:00Z"),
                1,
                100,
                0,
                null,
                0,
                null,
                error,
                null);
    }
}
