package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.BatchId;
import java.util.List;

/** Outgoing port recording batches whose compaction started but did not end, so a crash cannot lose one. */
public interface CompactionJournal {
    void started(String dataset, BatchId batch);

    void ended(String dataset, BatchId batch);

    /** Batches started and not ended, oldest run id first. */
    List<BatchId> unfinished(String dataset);
}
