package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.VacuumResult;

/** What a vacuum removed. */
public record VacuumView(String dataset, int filesDeleted, int snapshotsDeleted) {
    static VacuumView fromDomain(String dataset, VacuumResult result) {
        return new VacuumView(dataset, result.filesDeleted(), result.snapshotsDeleted());
    }
}
