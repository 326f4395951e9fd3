package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.BoundariesQuery;
import io.crimelake.analytics.application.port.in.MetaQuery;
import io.crimelake.analytics.application.port.out.SnapshotOverview;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.LakeOverview;
import io.crimelake.analytics.domain.Meta;
import io.crimelake.analytics.domain.Snapshot;
import java.util.List;
import java.util.Optional;

/** Describes the current snapshot, computed once per snapshot. */
public final class MetaService implements MetaQuery {
    private final CurrentSnapshot current;
    private final AnswerCache cache;
    private final SnapshotOverview overview;
    private final BoundariesQuery boundaries;

    public MetaService(
            CurrentSnapshot current, AnswerCache cache, SnapshotOverview overview, BoundariesQuery boundaries) {
        this.current = requireNonNull(current, "current is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.overview = requireNonNull(overview, "overview is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
    }

    @Override
    public Meta meta() {
        Optional<Snapshot> snapshot = current.get();
        if (snapshot.isEmpty()) {
            return Meta.noData();
        }
        Snapshot pinned = snapshot.get();
        if (pinned.isEmpty()) {
            return Meta.of(pinned, LakeOverview.empty());
        }
        CommunityAreaNames names = boundaries.boundaries().names();
        return cache.get(
                pinned, List.of("meta", names.version()), () -> Meta.of(pinned, overview.overview(pinned, names)));
    }
}
