package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.BoundariesQuery;
import io.crimelake.analytics.application.port.in.RefreshBoundariesUseCase;
import io.crimelake.analytics.application.port.out.BoundarySource;
import io.crimelake.analytics.domain.Boundaries;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the boundaries answers are named from. Answers that carry names are cached under the boundaries
 * version as well as the snapshot, so a switch here never serves old names and needs no cache flush.
 */
public final class CurrentBoundaries implements BoundariesQuery, RefreshBoundariesUseCase {
    private final BoundarySource source;
    private final AtomicReference<Boundaries> current = new AtomicReference<>(Boundaries.none());

    public CurrentBoundaries(BoundarySource source) {
        this.source = requireNonNull(source, "source is null");
    }

    @Override
    public Boundaries boundaries() {
        return current.get();
    }

    @Override
    public synchronized boolean refresh() {
        Boundaries latest = source.current().orElseGet(Boundaries::none);
        if (latest.version().equals(current.get().version())) {
            return false;
        }
        current.set(latest);
        return true;
    }
}
