package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.MergeOutcome;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.application.port.out.WrittenPartition;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The commit protocol: upload new files under unique names, keep copies of the files they supersede, then
 * publish the manifest in one atomic step, and only after that take superseded files out of their folders.
 * A crash before the publish leaves the previous snapshot current and intact.
 */
public final class SnapshotCommitter {
    private final LakeFiles files;
    private final SnapshotStore snapshots;
    private final Clock clock;

    public SnapshotCommitter(LakeFiles files, SnapshotStore snapshots, Clock clock) {
        this.files = files;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * @param beforePublish runs right before the atomic publish and may veto it by throwing, e.g. when the
     *     writer's lease was lost
     */
    Snapshot commit(
            String dataset, Optional<Snapshot> current, BatchId batch, MergeOutcome outcome, Runnable beforePublish) {
        long id = current.map(snapshot -> snapshot.id() + 1).orElse(1L);
        Instant committedAt = clock.instant();
        List<PartitionFile> written =
                ParallelTransfers.each(outcome.written(), partition -> upload(partition, id, committedAt));
        List<String> superseded = Stream.concat(
                        written.stream().map(PartitionFile::partition), outcome.emptied().stream())
                .flatMap(partition -> current.flatMap(snapshot -> snapshot.file(partition)).stream())
                .map(PartitionFile::key)
                .toList();
        ParallelTransfers.each(superseded, key -> {
            files.retain(key);
            return key;
        });
        Snapshot next = current.map(snapshot -> snapshot.next(committedAt, batch, written, outcome.emptied()))
                .orElseGet(() -> Snapshot.first(dataset, committedAt, batch, written));
        beforePublish.run();
        snapshots.commit(next);
        files.deletePartitionFiles(superseded);
        return next;
    }

    private PartitionFile upload(WrittenPartition partition, long snapshotId, Instant committedAt) {
        PartitionKey key = partition.partition();
        String fileKey = key.prefix() + "part-%020d-%s.parquet".formatted(snapshotId, UUID.randomUUID());
        files.upload(fileKey, partition.file());
        return new PartitionFile(
                key,
                fileKey,
                partition.rows(),
                partition.bytes(),
                partition.minDate(),
                partition.maxDate(),
                partition.minId(),
                partition.maxId(),
                partition.checksum(),
                snapshotId,
                committedAt);
    }
}
