package io.crimelake.lake.application.port.in;

import io.crimelake.lake.domain.VacuumResult;

/** Incoming port: delete files and manifests that no retained snapshot needs any more. */
public interface VacuumLakeUseCase {
    /** @throws io.crimelake.lake.domain.LakeBusyException when another writer holds the dataset */
    VacuumResult vacuum(String dataset);
}
