package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.Handoff;

/** Outgoing port to the lake that merges staged batches; compacting a batch twice must change nothing. */
public interface LakeCompaction {
    /**
     * Asks the lake to compact one staged batch.
     *
     * @param dataset the lake name of the dataset, e.g. {@code crimes}
     * @param batchId the run id the batch was staged under
     * @throws LakeUnavailableException when the lake cannot be reached or refuses; the batch stays staged
     */
    Handoff compact(String dataset, String batchId);
}
