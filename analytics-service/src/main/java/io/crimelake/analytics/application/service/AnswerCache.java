package io.crimelake.analytics.application.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crimelake.analytics.domain.ArrestRates;
import io.crimelake.analytics.domain.CrimeMap;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.Meta;
import io.crimelake.analytics.domain.Snapshot;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Bounded LRU cache of answers keyed by snapshot id and normalised request, emptied on a snapshot switch.
 *
 * <p>The bound counts answer rows (a bucket, a type, a map point, an incident), not entries: a 5,000-point map
 * and a one-number answer differ 5,000-fold in memory, and an entry bound let the heap grow past 1 GB.
 */
public final class AnswerCache {
    private final Cache<Key, Object> cache;

    /** @param maximumRows most answer rows kept; 0 disables caching */
    public AnswerCache(long maximumRows) {
        if (maximumRows < 0) {
            throw new IllegalArgumentException("maximumRows must not be negative");
        }
        this.cache = Caffeine.newBuilder()
                // Evict on the calling thread: the bound holds at once, and the work is tiny next to a query.
                .executor(Runnable::run)
                .maximumWeight(maximumRows)
                .weigher((Key key, Object answer) -> rows(answer))
                .build();
    }

    /** The cached answer for {@code request} on {@code snapshot}, computing it once when missing. */
    @SuppressWarnings("unchecked")
    public <T> T get(Snapshot snapshot, Object request, Supplier<T> compute) {
        return (T) cache.get(new Key(snapshot.id(), request), key -> compute.get());
    }

    void invalidateAll() {
        cache.invalidateAll();
    }

    /** Approximate number of cached answers. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    static int rows(Object answer) {
        return 1
                + switch (answer) {
                    case Collection<?> list -> list.size();
                    case CrimeMap map -> map.points().size() + map.areas().size();
                    case IncidentPage page -> page.items().size();
                    case ArrestRates rates -> rates.byType().size();
                    case Meta meta ->
                        meta.overview().types().size()
                                + meta.overview().districts().size()
                                + meta.overview().communityAreas().size();
                    default -> 0;
                };
    }

    private record Key(String snapshotId, Object request) {}
}
