package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.Boundaries;
import java.util.Optional;

/** Outgoing port reading the community-area boundaries that ingest-service stores in the lake. */
public interface BoundarySource {

    /**
     * The stored boundaries, empty while none have been loaded. Cheap to call often: the boundaries document
     * is read again only when its version changes.
     *
     * @throws IllegalStateException when the stored boundaries are unreadable or malformed
     */
    Optional<Boundaries> current();
}
