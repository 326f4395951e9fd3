package io.crimelake.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthRangeTest {
    @Test
    void coversBothEndMonthsInclusively() {
        MonthRange range = new MonthRange(YearMonth.of(2015, 1), YearMonth.of(2024, 12));

        assertThat(range.windows()).hasSize(120);
        assertThat(range.windows().getLast()).isEqualTo(QueryWindow.month(YearMonth.of(2024, 12)));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new MonthRange(YearMonth.of(2024, 3), YearMonth.of(2024, 2)))
                .hasMessageContaining("before start");
    }

    @Test
    void parsesOnlyYearDashMonth() {
        assertThat(MonthRange.parseMonth("2024-03")).isEqualTo(YearMonth.of(2024, 3));
        assertThatThrownBy(() -> MonthRange.parseMonth("2024-3")).hasMessageContaining("yyyy-MM");
        assertThatThrownBy(() -> MonthRange.parseMonth("2024-13")).hasMessageContaining("yyyy-MM");
    }
}
