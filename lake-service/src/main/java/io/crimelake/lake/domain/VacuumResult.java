package io.crimelake.lake.domain;

/** What a vacuum removed: data files no retained snapshot needs, and expired snapshot manifests. */
public record VacuumResult(int filesDeleted, int snapshotsDeleted) {
    public VacuumResult {
        if (filesDeleted < 0 || snapshotsDeleted < 0) {
            throw new IllegalArgumentException("deleted counts must not be negative");
        }
    }
}
