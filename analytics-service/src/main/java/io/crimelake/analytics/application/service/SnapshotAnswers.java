package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.Snapshotted;
import java.util.Optional;
import java.util.function.Function;

/** Answers a request on the current snapshot through the cache, or with an empty value when there is no data. */
public final class SnapshotAnswers {
    private final CurrentSnapshot current;
    private final AnswerCache cache;

    public SnapshotAnswers(CurrentSnapshot current, AnswerCache cache) {
        this.current = requireNonNull(current, "current is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    /**
     * Computes {@code compute} on the current snapshot once per {@code request} (a value with equals, such
     * as a list of the endpoint name and its normalised parameters).
     */
    public <T> Snapshotted<T> answer(Object request, T whenNoData, Function<Snapshot, T> compute) {
        Optional<Snapshot> snapshot = current.get();
        if (snapshot.isEmpty() || snapshot.get().isEmpty()) {
            return new Snapshotted<>(snapshot.map(Snapshot::id).orElse(null), whenNoData);
        }
        Snapshot pinned = snapshot.get();
        return new Snapshotted<>(pinned.id(), cache.get(pinned, request, () -> compute.apply(pinned)));
    }
}
