package io.crimelake.ingest.application.port.out.reference;

import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import java.time.Instant;

/**
 * Outgoing port reading the portal's community-area boundaries dataset. Both methods throw
 * {@link io.crimelake.ingest.application.port.out.SourceFailedException} when the portal gives up or answers
 * with something that is not a boundaries dataset.
 */
public interface BoundarySource {

    /** When the portal last changed the dataset's rows; one small metadata request. */
    Instant lastUpdated(String datasetId);

    /** Every community area of the dataset. */
    CommunityAreaBoundaries fetch(String datasetId);
}
