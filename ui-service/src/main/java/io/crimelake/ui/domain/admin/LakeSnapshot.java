package io.crimelake.ui.domain.admin;

import java.time.Instant;

/** One published lake snapshot: the batch that made it and the size of the lake it describes. */
public record LakeSnapshot(long id, Instant committedAt, String batchId, long rows, long bytes, int files) {}
