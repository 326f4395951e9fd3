package io.crimelake.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestRunTest {
    private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
    private final RunPlan plan =
            new RunPlan(RunMode.BACKFILL, List.of(QueryWindow.month(YearMonth.of(2024, 1))), null, null, 1000);

    @Test
    void reportsRateAndTimeLeftFromTheKnownTotal() {
        IngestRun run = IngestRun.pending("r1", "ijzp-q8t2", plan, T0)
                .running(T0, 3000L)
                .withProgress(RunProgress.start().afterPage(new PageSummary(1000, 1000, 0, 1000L, null, null)));

        Instant tenSecondsLater = T0.plusSeconds(10);
        assertThat(run.rowsPerSecond(tenSecondsLater)).isEqualTo(100.0);
        assertThat(run.estimatedTimeLeft(tenSecondsLater)).contains(Duration.ofSeconds(20));
    }

    @Test
    void hasNoTimeLeftEstimateWithoutATotal() {
        IngestRun run = IngestRun.pending("r1", "ijzp-q8t2", plan, T0).running(T0, null);

        assertThat(run.estimatedTimeLeft(T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void countsFailuresAcrossResumesAndOnlyAFailedRunCanBeAbandoned() {
        IngestRun running = IngestRun.pending("r1", "ijzp-q8t2", plan, T0).running(T0, null);
        IngestRun twice = running.failed(T0.plusSeconds(1), "first")
                .running(T0.plusSeconds(2), null)
                .failed(T0.plusSeconds(3), "second");

        IngestRun abandoned = twice.abandoned();

        assertThat(twice.failures()).isEqualTo(2);
        assertThat(twice.resumable()).isTrue();
        assertThat(abandoned.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(abandoned.error()).isEqualTo("second");
        assertThat(abandoned.resumable()).isFalse();
        assertThatThrownBy(running::abandoned).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resumingKeepsTheFirstStartTimeAndTotal() {
        IngestRun failed =
                IngestRun.pending("r1", "ijzp-q8t2", plan, T0).running(T0, 50L).failed(T0.plusSeconds(3), "boom");

        IngestRun resumed = failed.running(T0.plusSeconds(60), 70L);

        assertThat(resumed.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(resumed.startedAt()).isEqualTo(T0);
        assertThat(resumed.totalRows()).isEqualTo(50L);
        assertThat(resumed.error()).isNull();
        assertThat(resumed.finishedAt()).isNull();
    }

    @Test
    void moreQuarantinedThanFetchedCannotExist() {
        assertThatThrownBy(() -> new PageSummary(1, 1, 2, 1L, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
