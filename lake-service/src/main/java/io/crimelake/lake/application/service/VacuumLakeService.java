package io.crimelake.lake.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.application.port.in.VacuumLakeUseCase;
import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.domain.RetentionPolicy;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.domain.VacuumResult;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes, under the dataset's lease, what no retained snapshot needs: stray partition-folder files,
 * retained copies of superseded files past their grace period, expired and never-published manifests.
 */
public final class VacuumLakeService implements VacuumLakeUseCase {
    private final LakeFiles files;
    private final SnapshotStore snapshots;
    private final WriterLease lease;
    private final RetentionPolicy policy;
    private final Clock clock;

    public VacuumLakeService(
            LakeFiles files, SnapshotStore snapshots, WriterLease lease, RetentionPolicy policy, Clock clock) {
        this.files = requireNonNull(files, "files is null");
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
        this.lease = requireNonNull(lease, "lease is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public VacuumResult vacuum(String dataset) {
        try (HeldLease held = lease.take(dataset, "vacuum")) {
            Optional<Snapshot> current = snapshots.current(dataset);
            long currentId = current.map(Snapshot::id).orElse(0L);
            List<Snapshot> history = snapshots.ids(dataset).stream()
                    .filter(id -> id <= currentId)
                    .flatMap(id -> snapshots.find(dataset, id).stream())
                    .toList();
            Set<Long> retained = policy.retainedIds(history, clock.instant());
            int filesDeleted = StrayFiles.remove(files, dataset, current)
                    + removeExpiredCopies(dataset, history, retained, current);
            List<Long> expired = snapshots.ids(dataset).stream()
                    .filter(id -> !retained.contains(id))
                    .toList();
            snapshots.delete(dataset, expired);
            return new VacuumResult(filesDeleted, expired.size());
        }
    }

    private int removeExpiredCopies(
            String dataset, List<Snapshot> history, Set<Long> retained, Optional<Snapshot> current) {
        Set<String> needed = new HashSet<>();
        history.stream().filter(snapshot -> retained.contains(snapshot.id())).forEach(s -> needed.addAll(s.fileKeys()));
        // The current snapshot's files are in their folders; a copy of them is never read.
        current.ifPresent(snapshot -> needed.removeAll(snapshot.fileKeys()));
        List<String> expired = files.retainedFiles(dataset).stream()
                .filter(key -> !needed.contains(key))
                .toList();
        if (!expired.isEmpty()) {
            files.deleteRetained(expired);
        }
        return expired.size();
    }
}
