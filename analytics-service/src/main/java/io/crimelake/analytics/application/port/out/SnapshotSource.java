package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.Snapshot;
import java.util.Optional;

/** Outgoing port telling which lake snapshot is current, with its data files readable as local paths. */
public interface SnapshotSource {

    /**
     * The current snapshot, or empty when nothing has been published yet. Files listed in a returned snapshot
     * must stay readable while queries on it run (snapshots are immutable; a newer one lists new files).
     */
    Optional<Snapshot> current();
}
