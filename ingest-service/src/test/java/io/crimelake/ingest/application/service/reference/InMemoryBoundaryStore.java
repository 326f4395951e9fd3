package io.crimelake.ingest.application.service.reference;

import io.crimelake.ingest.application.port.out.reference.BoundaryStore;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.StoredBoundaries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps published boundaries in memory; versions are the publication count. */
final class InMemoryBoundaryStore implements BoundaryStore {
    final List<CommunityAreaBoundaries> published = new ArrayList<>();
    private StoredBoundaries current;

    @Override
    public Optional<StoredBoundaries> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public StoredBoundaries publish(CommunityAreaBoundaries boundaries, Instant sourceUpdatedAt) {
        published.add(boundaries);
        current = new StoredBoundaries(
                "v" + published.size(), sourceUpdatedAt, boundaries.areas().size());
        return current;
    }
}
