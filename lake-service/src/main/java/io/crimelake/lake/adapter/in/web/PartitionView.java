package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.PartitionFile;
import java.time.Instant;
import java.time.LocalDateTime;

/** One partition of the current snapshot: its size, date range, and when it was last rewritten. */
public record PartitionView(
        String partition,
        int year,
        int month,
        long rows,
        long bytes,
        int files,
        LocalDateTime minDate,
        LocalDateTime maxDate,
        long lastRewrittenBySnapshot,
        Instant lastRewrittenAt) {

    static PartitionView fromDomain(PartitionFile file) {
        return new PartitionView(
                file.partition().path(),
                file.partition().year(),
                file.partition().month(),
                file.rows(),
                file.bytes(),
                1,
                file.minDate(),
                file.maxDate(),
                file.writtenBySnapshot(),
                file.writtenAt());
    }
}
