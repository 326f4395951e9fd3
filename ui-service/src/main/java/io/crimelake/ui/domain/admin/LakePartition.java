package io.crimelake.ui.domain.admin;

import java.time.Instant;
import java.time.LocalDateTime;

/** One partition ({@code year=YYYY/month=MM}) of the current snapshot. */
public record LakePartition(
        String partition,
        long rows,
        long bytes,
        LocalDateTime firstIncident,
        LocalDateTime lastIncident,
        Instant lastRewrittenAt) {}
