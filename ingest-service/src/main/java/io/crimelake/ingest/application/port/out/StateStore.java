package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.IngestState;
import java.util.Optional;

/** Outgoing port keeping each dataset's ingest state; every save is atomic. */
public interface StateStore {
    Optional<IngestState> load(String datasetId);

    void save(IngestState state);
}
