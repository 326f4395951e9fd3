package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.QueryWindow;

/** Outgoing port to the open-data portal that publishes a dataset; keeps no portal API details in the core. */
public interface SocrataSource {
    /** Opens a fresh receiver for each attempt at a page. */
    @FunctionalInterface
    interface Attempts<R extends RowReceiver> {
        R open() throws java.io.IOException;
    }

    /**
     * Counts the rows in a window, for progress estimates.
     *
     * @throws SourceFailedException when the portal cannot answer
     */
    long countRows(String datasetId, QueryWindow window);

    /**
     * Streams one page into a receiver, retrying transient failures with a fresh receiver each time.
     *
     * @return the receiver of the attempt that received the whole page
     * @throws SourceFailedException when the page could not be fetched within the allowed attempts
     */
    <R extends RowReceiver> R fetchPage(PageRequest request, Attempts<R> attempts);
}
