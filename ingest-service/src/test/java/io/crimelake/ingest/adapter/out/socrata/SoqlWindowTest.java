package io.crimelake.ingest.adapter.out.socrata;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.domain.QueryWindow;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SoqlWindowTest {
    @Test
    void rendersAMonthWithAHalfOpenDateRangeAndTheKeysetPosition() {
        assertThat(SoqlWindow.whereAfterKey(QueryWindow.month(YearMonth.of(2024, 2)), "id", 42L))
                .isEqualTo("(date >= '2024-02-01T00:00:00.000' AND date < '2024-03-01T00:00:00.000') AND id > 42");
    }

    @Test
    void rendersTheIncrementalWindowWithItsUpdatedOnAlternative() {
        QueryWindow window = QueryWindow.since(
                LocalDateTime.parse("2024-06-01T00:00:00"), LocalDateTime.parse("2024-06-10T08:30:15"));

        assertThat(SoqlWindow.whereAfterKey(window, "id", null))
                .isEqualTo("(date >= '2024-06-01T00:00:00.000') OR updated_on > '2024-06-10T08:30:15.000'");
    }
}
