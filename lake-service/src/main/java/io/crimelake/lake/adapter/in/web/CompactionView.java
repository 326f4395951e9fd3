package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.CompactionResult;

/** What a compaction did, in the shape ingest-service records in its run audit. */
public record CompactionView(
        String batchId,
        Long snapshotId,
        long rowsInserted,
        long rowsUpdated,
        long rowsUnchanged,
        int partitionsRewritten) {

    static CompactionView fromDomain(CompactionResult result) {
        return new CompactionView(
                result.batchId().value(),
                result.snapshotId(),
                result.counts().inserted(),
                result.counts().updated(),
                result.counts().unchanged(),
                result.partitionsRewritten());
    }
}
