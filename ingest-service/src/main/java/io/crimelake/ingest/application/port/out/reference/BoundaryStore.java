package io.crimelake.ingest.application.port.out.reference;

import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.StoredBoundaries;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port keeping the community-area boundaries in the lake for analytics-service. */
public interface BoundaryStore {

    /** The boundaries readers see now, empty before the first were stored. */
    Optional<StoredBoundaries> current();

    /**
     * Stores {@code boundaries} and then makes them current in one atomic step: readers see the old or the new
     * boundaries, never a mix. Storing content already held writes no second copy.
     */
    StoredBoundaries publish(CommunityAreaBoundaries boundaries, Instant sourceUpdatedAt);
}
