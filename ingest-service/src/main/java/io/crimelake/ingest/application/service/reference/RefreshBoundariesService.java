package io.crimelake.ingest.application.service.reference;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.reference.RefreshBoundariesUseCase;
import io.crimelake.ingest.application.port.out.reference.BoundarySource;
import io.crimelake.ingest.application.port.out.reference.BoundaryStore;
import io.crimelake.ingest.domain.reference.CommunityAreaBoundaries;
import io.crimelake.ingest.domain.reference.StoredBoundaries;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the boundaries dataset like any portal dataset, but whole: it is a few dozen rows that change about
 * once a year, so the portal's {@code rowsUpdatedAt} decides whether to fetch it at all.
 */
public final class RefreshBoundariesService implements RefreshBoundariesUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshBoundariesService.class);

    private final String datasetId;
    private final BoundarySource source;
    private final BoundaryStore store;

    public RefreshBoundariesService(String datasetId, BoundarySource source, BoundaryStore store) {
        this.datasetId = requireNonNull(datasetId, "datasetId is null");
        this.source = requireNonNull(source, "source is null");
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public StoredBoundaries refresh() {
        Instant updated = source.lastUpdated(datasetId);
        Optional<StoredBoundaries> stored = store.current();
        if (stored.isPresent() && stored.get().sourceUpdatedAt().equals(updated)) {
            LOG.info(
                    "boundaries unchanged dataset={} version={}",
                    datasetId,
                    stored.get().version());
            return stored.get();
        }
        CommunityAreaBoundaries boundaries = source.fetch(datasetId);
        StoredBoundaries published = store.publish(boundaries, updated);
        LOG.info(
                "boundaries stored dataset={} version={} areas={} source_updated_at={}",
                datasetId,
                published.version(),
                published.areas(),
                updated);
        return published;
    }
}
