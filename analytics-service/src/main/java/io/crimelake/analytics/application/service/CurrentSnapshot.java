package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.RefreshSnapshotUseCase;
import io.crimelake.analytics.application.port.out.ServingLayout;
import io.crimelake.analytics.application.port.out.SnapshotSource;
import io.crimelake.analytics.domain.Snapshot;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the snapshot queries run on and switches it atomically: a query reads the reference once and uses
 * that snapshot's immutable file list from start to end, so a switch never affects a running query. A new
 * snapshot is served at once; its faster serving layout is built afterwards, giving the same answers.
 */
public final class CurrentSnapshot implements RefreshSnapshotUseCase {
    private final SnapshotSource source;
    private final ServingLayout layout;
    private final AnswerCache cache;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public CurrentSnapshot(SnapshotSource source, ServingLayout layout, AnswerCache cache) {
        this.source = requireNonNull(source, "source is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    /** The snapshot a new query should run on, empty until one has been published. */
    public Optional<Snapshot> get() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public synchronized boolean refresh() {
        Snapshot latest = source.current().orElse(null);
        Snapshot previous = current.get();
        if (latest == null || (previous != null && Objects.equals(previous.id(), latest.id()))) {
            return false;
        }
        current.set(latest);
        // Entries are keyed by snapshot id, so stale ones could never be served; dropping them frees memory.
        cache.invalidateAll();
        return true;
    }

    @Override
    public void prepareCurrent() {
        get().filter(snapshot -> !snapshot.isEmpty()).ifPresent(layout::prepare);
    }
}
