package io.crimelake.lake.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.application.port.in.CompactBatchCommand;
import io.crimelake.lake.application.port.in.CompactBatchUseCase;
import io.crimelake.lake.application.port.in.RecoverLakeUseCase;
import io.crimelake.lake.application.port.out.CompactionJournal;
import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.PartitionMerger;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.BatchNotFoundException;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.UnreadableBatchException;
import java.util.List;
import java.util.function.Function;

/**
 * Compacts staged batches under the dataset's lease; before each, it removes a crashed writer's leftovers
 * and completes any batch whose compaction a crash interrupted, so no started batch is ever lost.
 */
public final class CompactBatchService implements CompactBatchUseCase, RecoverLakeUseCase {
    private final LakeFiles files;
    private final SnapshotStore snapshots;
    private final WriterLease lease;
    private final CompactionJournal journal;
    private final BatchCompactor compactor;

    public CompactBatchService(
            LakeFiles files,
            SnapshotStore snapshots,
            WriterLease lease,
            PartitionMerger merger,
            SnapshotCommitter committer,
            CompactionJournal journal,
            WorkFolders workFolders) {
        this.files = requireNonNull(files, "files is null");
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
        this.lease = requireNonNull(lease, "lease is null");
        this.journal = requireNonNull(journal, "journal is null");
        this.compactor = new BatchCompactor(
                files,
                snapshots,
                requireNonNull(merger, "merger is null"),
                requireNonNull(committer, "committer is null"),
                journal,
                requireNonNull(workFolders, "workFolders is null"));
    }

    @Override
    public CompactionResult compact(CompactBatchCommand command) {
        String dataset = command.dataset();
        List<String> staged = files.stagedFiles(dataset, command.batchId());
        if (staged.isEmpty()) {
            throw new BatchNotFoundException(dataset, command.batchId());
        }
        return underLease(dataset, "compaction of batch " + command.batchId(), held -> {
            recoverInterrupted(dataset, command.batchId(), held);
            return compactor.compact(dataset, command.batchId(), staged, held);
        });
    }

    @Override
    public int recover(String dataset) {
        return underLease(dataset, "recovery", held -> recoverInterrupted(dataset, null, held));
    }

    private <T> T underLease(String dataset, String purpose, Function<HeldLease, T> work) {
        try (HeldLease held = lease.take(dataset, purpose)) {
            StrayFiles.remove(files, dataset, snapshots.current(dataset));
            return work.apply(held);
        }
    }

    // The batch about to be compacted is skipped: its own compaction follows at once.
    private int recoverInterrupted(String dataset, BatchId skipped, HeldLease held) {
        int completed = 0;
        for (BatchId batch : journal.unfinished(dataset)) {
            if (batch.equals(skipped)) {
                continue;
            }
            List<String> staged = files.stagedFiles(dataset, batch);
            if (staged.isEmpty()) {
                journal.ended(dataset, batch);
                continue;
            }
            try {
                compactor.compact(dataset, batch, staged, held);
                completed++;
            } catch (UnreadableBatchException e) {
                // Reported when its own compaction failed; it must not block the batches after it.
            }
        }
        return completed;
    }
}
