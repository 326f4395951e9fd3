package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.CompactionJournal;
import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.MergeOutcome;
import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.application.port.out.PartitionMerger;
import io.crimelake.lake.application.port.out.PartitionMerger.StagedFile;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.domain.UnreadableBatchException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compacts one batch for a caller that holds the lease: journals its start, merges it into the partitions it
 * affects, commits, and journals its end. A batch that turns out unreadable ends too, since retrying cannot
 * help it; any other failure leaves it in the journal for recovery.
 */
final class BatchCompactor {
    private final LakeFiles files;
    private final SnapshotStore snapshots;
    private final PartitionMerger merger;
    private final SnapshotCommitter committer;
    private final CompactionJournal journal;
    private final WorkFolders workFolders;

    BatchCompactor(
            LakeFiles files,
            SnapshotStore snapshots,
            PartitionMerger merger,
            SnapshotCommitter committer,
            CompactionJournal journal,
            WorkFolders workFolders) {
        this.files = files;
        this.snapshots = snapshots;
        this.merger = merger;
        this.committer = committer;
        this.journal = journal;
        this.workFolders = workFolders;
    }

    CompactionResult compact(String dataset, BatchId batch, List<String> staged, HeldLease lease) {
        journal.started(dataset, batch);
        try (WorkFolders.Folder work = workFolders.create("compaction-")) {
            CompactionResult result = merge(dataset, batch, staged, work.path(), lease);
            journal.ended(dataset, batch);
            return result;
        } catch (UnreadableBatchException e) {
            journal.ended(dataset, batch);
            throw e;
        }
    }

    private CompactionResult merge(String dataset, BatchId batch, List<String> staged, Path work, HeldLease lease) {
        Optional<Snapshot> current = snapshots.current(dataset);
        List<StagedFile> local = staged.stream()
                .map(key -> new StagedFile(key, files.download(key, work)))
                .toList();
        try (MergeSession session = merger.open(dataset, local, work)) {
            var inputs = new AffectedPartitions(files, session).currentFiles(current);
            MergeOutcome outcome = session.merge(inputs);
            if (outcome.partitionsRewritten() == 0) {
                return new CompactionResult(batch, current.map(Snapshot::id).orElse(null), outcome.counts(), 0);
            }
            Snapshot next = committer.commit(dataset, current, batch, outcome, lease::confirm);
            return new CompactionResult(batch, next.id(), outcome.counts(), outcome.partitionsRewritten());
        }
    }
}
