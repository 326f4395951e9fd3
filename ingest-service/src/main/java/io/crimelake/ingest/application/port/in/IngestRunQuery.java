package io.crimelake.ingest.application.port.in;

import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import java.util.List;
import java.util.Optional;

/** Reads the run audit and the dataset state. */
public interface IngestRunQuery {
    /** Every recorded run, newest first. */
    List<IngestRun> runs();

    Optional<IngestRun> run(String runId);

    /** The dataset's state; the initial state when no run has finished yet. */
    IngestState state();
}
