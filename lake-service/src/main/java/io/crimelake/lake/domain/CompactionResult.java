package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of compacting one staged batch, reported back to ingest for its run audit.
 *
 * @param snapshotId the snapshot current after the compaction; null only while the lake has none (an empty
 *     first batch)
 * @param partitionsRewritten partitions whose file was replaced, added or removed
 */
public record CompactionResult(BatchId batchId, Long snapshotId, MergeCounts counts, int partitionsRewritten) {
    public CompactionResult {
        requireNonNull(batchId, "batchId is null");
        requireNonNull(counts, "counts is null");
        if (partitionsRewritten < 0) {
            throw new IllegalArgumentException("partitionsRewritten is negative");
        }
    }
}
