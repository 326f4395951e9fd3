package io.crimelake.lake.application.port.in;

import io.crimelake.lake.domain.QuarantineFile;
import java.util.List;

/** Incoming port listing the rows ingest quarantined, as files per batch. */
public interface QuarantineQuery {
    List<QuarantineFile> quarantine(String dataset);
}
