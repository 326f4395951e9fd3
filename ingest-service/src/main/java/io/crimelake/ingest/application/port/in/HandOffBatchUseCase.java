package io.crimelake.ingest.application.port.in;

import io.crimelake.ingest.domain.IngestRun;

/** Hands completed runs' staged batches to the lake, at most once each in effect. */
public interface HandOffBatchUseCase {
    /**
     * Hands one run's batch to the lake; a batch already handed off is returned unchanged.
     *
     * @throws java.util.NoSuchElementException when no run has this id
     * @throws RunNotCompletedException when the run has not completed
     * @throws io.crimelake.ingest.application.port.out.LakeUnavailableException when the lake cannot take it
     */
    IngestRun handOff(String runId);

    /** Offers every completed batch the lake has not taken yet, oldest first; failures are logged, not thrown. */
    void handOffPending();
}
