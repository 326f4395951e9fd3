package io.crimelake.ui.application.port.in;

import io.crimelake.ui.domain.admin.IngestRun;
import java.util.List;

/** The ingest runs an operator follows. */
public interface IngestRunQuery {

    /** Every run, newest first; throws {@code AdminCallException} when ingest cannot answer. */
    List<IngestRun> runs();
}
