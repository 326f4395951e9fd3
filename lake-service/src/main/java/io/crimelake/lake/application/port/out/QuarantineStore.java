package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.QuarantineFile;
import java.util.List;

/** Outgoing port listing the quarantine files ingest left in the lake. */
public interface QuarantineStore {
    /** Every quarantine file of the dataset, sorted by key. */
    List<QuarantineFile> list(String dataset);
}
