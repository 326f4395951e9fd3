package io.crimelake.ui.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ui.domain.AnalyticsUnavailableException;
import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.Headline;
import io.crimelake.ui.domain.IncidentFilter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DashboardServiceTest {
    private final InMemoryAnalytics analytics = new InMemoryAnalytics();
    private final DashboardService service = new DashboardService(analytics, analytics, analytics, analytics);
    private final IncidentFilter lastWeekOfMarch =
            IncidentFilter.everything().between(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 31));

    @Test
    void headlineComparesTheWindowWithTheEquallyLongWindowBefore() {
        analytics
                .add(LocalDateTime.of(2024, 3, 31, 23, 59), "THEFT", true)
                .add(LocalDateTime.of(2024, 3, 25, 0, 0), "THEFT", false)
                .add(LocalDateTime.of(2024, 3, 26, 12, 0), "BATTERY", false)
                .add(LocalDateTime.of(2024, 3, 27, 12, 0), "BATTERY", true)
                .add(LocalDateTime.of(2024, 3, 24, 23, 0), "THEFT", false)
                .add(LocalDateTime.of(2024, 3, 18, 1, 0), "THEFT", false)
                .add(LocalDateTime.of(2024, 3, 17, 1, 0), "THEFT", false);

        Headline headline = service.headline(lastWeekOfMarch);

        assertThat(headline.incidents()).isEqualTo(4);
        assertThat(headline.arrestPercent()).isEqualTo(50.0);
        assertThat(headline.previousIncidents()).isEqualTo(2);
        assertThat(headline.changePercent()).hasValue(100.0);
    }

    @Test
    void headlineKeepsTheNarrowingForThePreviousWindow() {
        analytics
                .add(LocalDateTime.of(2024, 3, 26, 12, 0), "BATTERY", false)
                .add(LocalDateTime.of(2024, 3, 20, 12, 0), "BATTERY", false)
                .add(LocalDateTime.of(2024, 3, 21, 12, 0), "THEFT", false);

        Headline headline = service.headline(lastWeekOfMarch.withType("BATTERY"));

        assertThat(headline.previousIncidents()).isEqualTo(1);
    }

    @Test
    void asksForTheFifteenMostFrequentTypes() {
        for (int type = 0; type < 20; type++) {
            analytics.add(LocalDateTime.of(2024, 3, 26, 12, 0), "TYPE " + type, false);
        }

        assertThat(service.topTypes(lastWeekOfMarch)).hasSize(15);
    }

    @Test
    void mapsLongWindowsByCommunityAreaWithTheMostIncidentsFirst() {
        analytics
                .add(LocalDateTime.of(2024, 3, 26, 11, 0), "THEFT", false, 8)
                .add(LocalDateTime.of(2024, 3, 26, 12, 0), "THEFT", false, 32)
                .add(LocalDateTime.of(2024, 3, 26, 13, 0), "THEFT", false, 32);
        IncidentFilter year = lastWeekOfMarch.between(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

        assertThat(service.map(year).areas())
                .extracting(AreaCount::communityArea)
                .containsExactly(32, 8);
    }

    @Test
    void mapsShortWindowsAsPoints() {
        analytics.add(LocalDateTime.of(2024, 3, 26, 11, 0), "THEFT", false, 8);

        assertThat(service.map(lastWeekOfMarch).points())
                .extracting(point -> point.type())
                .containsExactly("THEFT");
    }

    @Test
    void passesOnThatAnalyticsIsUnavailable() {
        analytics.goDown();

        assertThatThrownBy(() -> service.headline(lastWeekOfMarch)).isInstanceOf(AnalyticsUnavailableException.class);
    }
}
