package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.QuarantinedRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.io.IOException;

/**
 * One page of a staging batch being written; nothing is visible under the page's final name until
 * {@link #commit()}, and committing again replaces the page as a whole.
 */
public interface StagedPage {
    void write(CrimeRecord record) throws IOException;

    void quarantine(QuarantinedRow row) throws IOException;

    /** Publishes the page's rows and quarantined rows atomically under their deterministic names. */
    void commit() throws IOException;

    /** Drops everything written; safe to call after a failed commit or more than once. */
    void discard();
}
