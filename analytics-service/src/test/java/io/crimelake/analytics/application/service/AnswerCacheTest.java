package io.crimelake.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.domain.CrimeMap;
import io.crimelake.analytics.domain.Snapshot;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private static final Snapshot SNAPSHOT = new Snapshot("7", Instant.EPOCH, List.of());

    @Test
    void weighsAnswersByTheirRows() {
        assertThat(AnswerCache.rows(42L)).isEqualTo(1);
        assertThat(AnswerCache.rows(Collections.nCopies(20, "x"))).isEqualTo(21);
        assertThat(AnswerCache.rows(CrimeMap.areas(List.of()))).isEqualTo(1);
    }

    @Test
    void keepsSmallAnswersAndDropsAnswersLargerThanTheBound() {
        AnswerCache cache = new AnswerCache(10);
        AtomicInteger computed = new AtomicInteger();

        for (int i = 0; i < 2; i++) {
            cache.get(SNAPSHOT, "small", () -> computed.incrementAndGet() > 0 ? List.of(1, 2) : List.of());
            cache.get(SNAPSHOT, "large", () -> computed.incrementAndGet() > 0 ? Collections.nCopies(50, 1) : List.of());
        }

        assertThat(computed).as("small computed once, large twice").hasValue(3);
    }
}
