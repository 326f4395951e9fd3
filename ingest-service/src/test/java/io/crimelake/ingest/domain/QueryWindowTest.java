package io.crimelake.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class QueryWindowTest {
    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void monthWindowIncludesItsFirstInstantAndExcludesTheNextMonth() {
        QueryWindow february = QueryWindow.month(YearMonth.of(2024, 2));

        assertThat(february.contains(at("2024-02-01T00:00:00"), null)).isTrue();
        assertThat(february.contains(at("2024-02-29T23:59:59"), null)).isTrue();
        assertThat(february.contains(at("2024-03-01T00:00:00"), null)).isFalse();
        assertThat(february.contains(at("2024-01-31T23:59:59"), at("2024-06-01T00:00:00")))
                .isFalse();
    }

    @Test
    void incrementalWindowAlsoTakesOldRowsUpdatedAfterTheWatermark() {
        QueryWindow window = QueryWindow.since(at("2024-06-01T00:00:00"), at("2024-06-10T08:00:00"));

        assertThat(window.contains(at("2020-01-01T00:00:00"), at("2024-06-10T08:00:01")))
                .isTrue();
        assertThat(window.contains(at("2020-01-01T00:00:00"), at("2024-06-10T08:00:00")))
                .isFalse();
        assertThat(window.contains(at("2024-06-01T00:00:00"), null)).isTrue();
        assertThat(window.describe()).isEqualTo("date >= 2024-06-01T00:00 or updated_on > 2024-06-10T08:00");
    }

    @Test
    void rejectsAnEmptyDateRange() {
        assertThatThrownBy(() -> new QueryWindow(at("2024-01-02T00:00:00"), at("2024-01-02T00:00:00"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after");
    }
}
