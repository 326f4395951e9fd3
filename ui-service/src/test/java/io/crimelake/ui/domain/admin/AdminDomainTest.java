package io.crimelake.ui.domain.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AdminDomainTest {

    @Test
    void neverPrintsTheToken() {
        AdminToken token = new AdminToken("  s3cret ");

        assertThat(token.toString()).doesNotContain("s3cret");
        assertThat(token.bearer()).isEqualTo("Bearer s3cret");
    }

    @Test
    void refusesAnEmptyToken() {
        assertThatThrownBy(() -> new AdminToken(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABackfillEndingBeforeItStartsNamingTheLastMonth() {
        assertThatThrownBy(() -> new RunRequest.Backfill(YearMonth.of(2024, 3), YearMonth.of(2024, 1)))
                .isInstanceOfSatisfying(
                        InvalidRunRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("last"));
    }

    @Test
    void refusesABackfillWithoutMonthsOrBeforeTheDataset() {
        assertThatThrownBy(() -> new RunRequest.Backfill(null, YearMonth.of(2024, 1)))
                .isInstanceOfSatisfying(
                        InvalidRunRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("first"));
        assertThatThrownBy(() -> new RunRequest.Backfill(YearMonth.of(2000, 12), YearMonth.of(2024, 1)))
                .isInstanceOfSatisfying(
                        InvalidRunRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("first"));
    }

    @Test
    void acceptsASingleMonthBackfill() {
        YearMonth month = YearMonth.of(2024, 2);

        assertThat(new RunRequest.Backfill(month, month).last()).isEqualTo(month);
    }

    @Test
    void refusesACsvBootstrapWithoutASource() {
        assertThatThrownBy(() -> new RunRequest.CsvBootstrap("  "))
                .isInstanceOfSatisfying(
                        InvalidRunRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("location"));
    }

    @Test
    void knowsHowFarARunIsOnlyWhenTheTotalIsKnown() {
        assertThat(AdminRuns.running("a", 250, 1000L).fractionDone()).hasValue(0.25);
        assertThat(AdminRuns.running("a", 250, null).fractionDone()).isEmpty();
        assertThat(AdminRuns.running("a", 1200, 1000L).fractionDone()).hasValue(1.0);
        assertThat(AdminRuns.completed("b").fractionDone()).hasValue(1.0);
    }
}
