package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.RawRow;
import java.io.IOException;
import java.util.Set;

/**
 * Takes the rows of one attempt at fetching a page, as they stream in; an attempt that fails part-way is
 * discarded so a page is never half-consumed.
 */
public interface RowReceiver {
    void accept(RawRow row) throws IOException;

    /** Reports fields the source sent that the dataset does not define; called at most once per attempt. */
    void unknownFields(Set<String> fields);

    /** Throws away everything this attempt received. */
    void discard();
}
