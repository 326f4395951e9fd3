package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.Snapshot;
import java.util.List;
import java.util.Optional;

/** Outgoing port for a dataset's snapshot manifests and the pointer that names the current one. */
public interface SnapshotStore {
    /** The snapshot the current pointer names, or empty while the dataset has none. */
    Optional<Snapshot> current(String dataset);

    /** A committed manifest by id, or empty when it does not exist (never written or vacuumed). */
    Optional<Snapshot> find(String dataset, long id);

    /** Ids of every manifest in the store, ascending, including ones a crash left unpublished. */
    List<Long> ids(String dataset);

    /**
     * Writes the manifest, then atomically makes it current: readers see the old snapshot or the new one,
     * and a crash before the pointer moves leaves the old one current.
     */
    void commit(Snapshot snapshot);

    /** Deletes manifests that are neither current nor retained. */
    void delete(String dataset, List<Long> ids);
}
