package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {

    private final IncidentFilter march =
            IncidentFilter.everything().between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    @Test
    void previousPeriodIsTheEquallyLongWindowJustBefore() {
        IncidentFilter previous = march.withType("THEFT").previousPeriod();

        assertThat(previous.from()).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(previous.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(previous.types()).containsExactly("THEFT");
    }

    @Test
    void previousPeriodOfOneDayIsTheDayBefore() {
        IncidentFilter day = march.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));

        assertThat(day.previousPeriod().from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(day.previousPeriod().to()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> march.between(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingATypeKeepsTheOthers() {
        assertThat(march.withType("THEFT").withType("BATTERY").types()).containsExactlyInAnyOrder("THEFT", "BATTERY");
    }

    @Test
    void defaultWindowIsTheLastThirtyDaysOfData() {
        DatasetMeta meta = new DatasetMeta(
                true,
                "OK",
                new Freshness("s1", null, null, null, 7),
                LocalDate.of(2001, 1, 1),
                LocalDate.of(2024, 3, 31),
                List.of(),
                List.of(),
                List.of());

        IncidentFilter filter =
                meta.withDefaultWindow(IncidentFilter.everything().withArrest(true));

        assertThat(filter.from()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(filter.arrest()).isTrue();
        assertThat(meta.withDefaultWindow(march)).isEqualTo(march);
    }
}
