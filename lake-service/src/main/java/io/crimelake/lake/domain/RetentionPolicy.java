package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which snapshots stay readable: the newest {@code keepLast}, and any replaced less than {@code retention}
 * ago, so queries that started on them can finish.
 */
public record RetentionPolicy(Duration retention, int keepLast) {
    public RetentionPolicy {
        requireNonNull(retention, "retention is null");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention is negative: " + retention);
        }
        if (keepLast < 1) {
            throw new IllegalArgumentException("at least the current snapshot must be kept: " + keepLast);
        }
    }

    /** The ids of the snapshots to keep out of {@code history}, which holds the current one and its ancestors. */
    public Set<Long> retainedIds(List<Snapshot> history, Instant now) {
        List<Snapshot> newestFirst = history.stream()
                .sorted(Comparator.comparingLong(Snapshot::id).reversed())
                .toList();
        return IntStream.range(0, newestFirst.size())
                .filter(i -> i < keepLast || replacedWithinRetention(newestFirst.get(i - 1), now))
                .mapToObj(i -> newestFirst.get(i).id())
                .collect(Collectors.toUnmodifiableSet());
    }

    // A snapshot stops being current when its successor commits.
    private boolean replacedWithinRetention(Snapshot successor, Instant now) {
        return successor.committedAt().plus(retention).isAfter(now);
    }
}
