package io.crimelake.ingest.application.port.in.reference;

import io.crimelake.ingest.domain.reference.StoredBoundaries;

/** Keeps the lake's copy of the portal's community-area boundaries current. */
public interface RefreshBoundariesUseCase {

    /**
     * Fetches and stores the boundaries when the portal changed them since the stored copy was fetched, or when
     * none is stored; otherwise costs one metadata request.
     *
     * @return the boundaries the lake holds afterwards
     */
    StoredBoundaries refresh();
}
