package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.IngestRun;
import java.util.List;
import java.util.Optional;

/** Outgoing port keeping run records, which are also the runs' checkpoints; every save is atomic. */
public interface RunStore {
    void save(IngestRun run);

    Optional<IngestRun> find(String runId);

    /** All runs, newest first. */
    List<IngestRun> list();
}
