package io.crimelake.analytics.adapter.out.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.duckdb.MonthSpan.MonthCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthSpanTest {
    private static final List<MonthCount> NEWEST_FIRST =
            List.of(new MonthCount(202403, 10), new MonthCount(202402, 5), new MonthCount(202312, 20));

    @Test
    void keepsAPageInsideTheNewestMonthToThatMonth() {
        assertThat(MonthSpan.locate(NEWEST_FIRST, 0, 10)).isEqualTo(new MonthSpan(202403, 202403, 0));
    }

    @Test
    void spansEveryMonthAPageCrosses() {
        assertThat(MonthSpan.locate(NEWEST_FIRST, 8, 10)).isEqualTo(new MonthSpan(202312, 202403, 0));
    }

    @Test
    void skipsNewerMonthsAndCountsTheirRows() {
        assertThat(MonthSpan.locate(NEWEST_FIRST, 10, 5)).isEqualTo(new MonthSpan(202402, 202402, 10));
        assertThat(MonthSpan.locate(NEWEST_FIRST, 15, 50)).isEqualTo(new MonthSpan(202312, 202312, 15));
    }
}
