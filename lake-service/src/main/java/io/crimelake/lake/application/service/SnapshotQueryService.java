package io.crimelake.lake.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.application.port.in.QuarantineQuery;
import io.crimelake.lake.application.port.in.SnapshotQuery;
import io.crimelake.lake.application.port.out.QuarantineStore;
import io.crimelake.lake.application.port.out.SnapshotStore;
import io.crimelake.lake.domain.QuarantineFile;
import io.crimelake.lake.domain.Snapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Answers read-only questions about snapshots and quarantine straight from the store. */
public final class SnapshotQueryService implements SnapshotQuery, QuarantineQuery {
    private final SnapshotStore snapshots;
    private final QuarantineStore quarantine;

    public SnapshotQueryService(SnapshotStore snapshots, QuarantineStore quarantine) {
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
        this.quarantine = requireNonNull(quarantine, "quarantine is null");
    }

    @Override
    public Optional<Snapshot> current(String dataset) {
        return snapshots.current(dataset);
    }

    @Override
    public List<Snapshot> recent(String dataset, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        long currentId = current(dataset).map(Snapshot::id).orElse(0L);
        // Manifests above the current id belong to commits that never published; they are not snapshots.
        return snapshots.ids(dataset).stream()
                .filter(id -> id <= currentId)
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .flatMap(id -> snapshots.find(dataset, id).stream())
                .toList();
    }

    @Override
    public List<QuarantineFile> quarantine(String dataset) {
        return quarantine.list(dataset);
    }
}
