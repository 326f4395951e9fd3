package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.RawRow;
import java.io.Closeable;
import java.io.IOException;

/** Outgoing port to a bulk export of a whole dataset, such as the portal's CSV download, read in file order. */
public interface ExportSource {
    /** Rows of an opened export, one at a time. */
    interface Cursor extends Closeable {
        /** The next row, or null after the last one. */
        RawRow next() throws IOException;
    }

    /**
     * Opens the export and skips its first {@code skip} rows, so a resumed run continues where it stopped.
     *
     * @param location a local path or a URL
     */
    Cursor open(String location, long skip) throws IOException;
}
