package io.crimelake.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IncrementalWindowPolicyTest {
    private final IncrementalWindowPolicy policy =
            new IncrementalWindowPolicy(14, LocalDate.of(2023, 6, 1), Duration.ofHours(2));
    private final LocalDateTime now = LocalDateTime.parse("2024-06-15T07:00:00");

    @Test
    void withoutStateStartsFromTheStartDate() {
        assertThat(policy.windowAt(now, null))
                .isEqualTo(QueryWindow.since(LocalDateTime.parse("2023-06-01T00:00"), null));
    }

    @Test
    void withStateTakesTheLastBackfillDaysAndUpdatesSinceTheWatermarkMinusOverlap() {
        IngestState state = state(LocalDateTime.parse("2024-06-14T22:00"), LocalDateTime.parse("2024-06-15T01:00"));

        QueryWindow window = policy.windowAt(now, state);

        assertThat(window.dateFrom()).isEqualTo(LocalDateTime.parse("2024-06-01T00:00"));
        assertThat(window.dateUntil()).isNull();
        assertThat(window.updatedAfter()).isEqualTo(LocalDateTime.parse("2024-06-14T23:00"));
    }

    @Test
    void reachesBackToTheLastSeenDayWhenRunsWereMissed() {
        IngestState state = state(LocalDateTime.parse("2024-05-02T10:00"), LocalDateTime.parse("2024-05-02T11:00"));

        assertThat(policy.windowAt(now, state).dateFrom()).isEqualTo(LocalDateTime.parse("2024-05-02T00:00"));
    }

    private static IngestState state(LocalDateTime maxDate, LocalDateTime maxUpdatedOn) {
        return new IngestState("ijzp-q8t2", maxDate, maxUpdatedOn, Instant.EPOCH, Instant.EPOCH, 14, 10);
    }
}
