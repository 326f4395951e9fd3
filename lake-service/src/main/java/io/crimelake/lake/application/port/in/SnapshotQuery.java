package io.crimelake.lake.application.port.in;

import io.crimelake.lake.domain.Snapshot;
import java.util.List;
import java.util.Optional;

/** Incoming port for reading the committed snapshots of a dataset. */
public interface SnapshotQuery {
    /** The current snapshot, or empty before the first compaction. */
    Optional<Snapshot> current(String dataset);

    /** Up to {@code limit} of the newest snapshots still stored, newest first. */
    List<Snapshot> recent(String dataset, int limit);
}
