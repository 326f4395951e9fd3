package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessTest {
    private static final Instant INGESTED = Instant.parse("2024-04-01T06:00:00Z");
    private final Freshness freshness = new Freshness("s1", INGESTED, INGESTED, null, 7);

    @Test
    void isFreshUpToThirtySixHoursAfterTheLastIngest() {
        assertThat(freshness.isStale(INGESTED.plusSeconds(36 * 3600))).isFalse();
    }

    @Test
    void isStaleLaterThanThat() {
        assertThat(freshness.isStale(INGESTED.plusSeconds(36 * 3600 + 1))).isTrue();
    }

    @Test
    void isStaleWhenNothingWasEverIngested() {
        assertThat(new Freshness(null, null, null, null, 7).isStale(INGESTED)).isTrue();
    }
}
