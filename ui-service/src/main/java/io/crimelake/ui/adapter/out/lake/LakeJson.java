package io.crimelake.ui.adapter.out.lake;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON shapes of lake-service's read API, owned by this client; only the fields the console reads. */
public final class LakeJson {
    private LakeJson() {}

    public record Snapshot(long id, Instant committedAt, String batchId, long rows, long bytes, List<File> files) {}

    /** A snapshot's file; only counted here. */
    public record File(String key) {}

    public record Partition(
            String partition,
            long rows,
            long bytes,
            LocalDateTime minDate,
            LocalDateTime maxDate,
            Instant lastRewrittenAt) {}
}
