package io.crimelake.ingest.application.port.out;

import java.io.IOException;

/** Outgoing port for a run's staging batch: page files of normalised rows plus quarantined rows. */
public interface StagingStore {
    /** Starts writing page {@code page} (from 1) of run {@code runId}. */
    StagedPage openPage(String runId, long page) throws IOException;

    /**
     * Deletes the pages numbered above {@code lastCommittedPage}: a crash between committing a page and
     * checkpointing it leaves one such page, which the resumed run writes again.
     */
    void deletePagesAfter(String runId, long lastCommittedPage) throws IOException;
}
