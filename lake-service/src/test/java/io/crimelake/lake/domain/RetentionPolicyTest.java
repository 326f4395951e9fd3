package io.crimelake.lake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    /** Snapshots 1..5 committed one hour apart. */
    static List<Snapshot> history() {
        List<Snapshot> history = new ArrayList<>();
        Snapshot snapshot = Snapshot.first("crimes", T0, new BatchId("run-1"), List.of());
        history.add(snapshot);
        for (int i = 2; i <= 5; i++) {
            snapshot = snapshot.next(T0.plus(Duration.ofHours(i - 1)), new BatchId("run-" + i), List.of(), Set.of());
            history.add(snapshot);
        }
        return history;
    }

    @Test
    void keepsSnapshotsReplacedWithinTheRetentionPeriod() {
        var policy = new RetentionPolicy(Duration.ofMinutes(90), 1);

        // At 4h30 snapshot 4 was replaced 30 minutes ago (by 5 at 4h) and 3 ninety minutes ago (by 4 at 3h).
        assertThat(policy.retainedIds(history(), T0.plus(Duration.ofMinutes(270))))
                .containsExactlyInAnyOrder(5L, 4L);
    }

    @Test
    void alwaysKeepsTheNewestSnapshotsHoweverOld() {
        var policy = new RetentionPolicy(Duration.ZERO, 3);

        assertThat(policy.retainedIds(history(), T0.plus(Duration.ofDays(30)))).containsExactlyInAnyOrder(5L, 4L, 3L);
    }

    @Test
    void keepsNothingOfAnEmptyHistory() {
        assertThat(new RetentionPolicy(Duration.ofHours(24), 5).retainedIds(List.of(), T0))
                .isEmpty();
    }
}
