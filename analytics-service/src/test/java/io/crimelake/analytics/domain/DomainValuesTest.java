package io.crimelake.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DomainValuesTest {

    @Test
    void parsesGrainsInAnyCaseAndRejectsOthersNamingGrain() {
        assertThat(Grain.parse("Week")).isEqualTo(Grain.WEEK);
        assertThatThrownBy(() -> Grain.parse("year"))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("grain"));
    }

    @Test
    void capsMapPointsAndFlagsTruncation() {
        List<MapPoint> five = LongStream.range(0, 5)
                .mapToObj(id -> new MapPoint(id, 41.8, -87.6, "THEFT", LocalDateTime.of(2024, 1, 1, 0, 0)))
                .toList();

        assertThat(CrimeMap.points(five, 4).points()).hasSize(4);
        assertThat(CrimeMap.points(five, 4).truncated()).isTrue();
        assertThat(CrimeMap.points(five.subList(0, 4), 4).truncated()).isFalse();
    }

    @Test
    void computesArrestPercentagesAndTheOverallRate() {
        ArrestRates rates = ArrestRates.of(List.of(ArrestRate.of("THEFT", 8, 2), ArrestRate.of("BATTERY", 2, 0)));

        assertThat(rates.byType().getFirst().percent()).isEqualTo(25.0);
        assertThat(rates.overall()).isEqualTo(ArrestRate.of("ALL", 10, 2));
        assertThat(ArrestRate.of("NONE", 0, 0).percent()).isZero();
    }

    @Test
    void validatesPagesAndNamesTheParameter() {
        assertThat(new PageRequest(3, 50).offset()).isEqualTo(150);
        assertThatThrownBy(() -> new PageRequest(0, 501))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("size"));
        assertThatThrownBy(() -> new PageRequest(-1, 10))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    @Test
    void namesCommunityAreasFromTheBoundariesAndNumbersTheRest() {
        CommunityAreaNames names = new CommunityAreaNames("v1", Map.of(32, "LOOP"));

        assertThat(names.name(32)).isEqualTo("LOOP");
        assertThat(names.name(33)).isEqualTo("Community area 33");
        assertThat(CommunityAreaNames.NONE.name(32)).isEqualTo("Community area 32");
        assertThat(AreaCount.of(32, 5, names)).isEqualTo(new AreaCount(32, "LOOP", 5));
    }

    @Test
    void buildsAHeatmapOfSevenDaysByTwentyFourHours() {
        long[][] cells = new long[7][24];
        cells[6][23] = 4;

        assertThat(Heatmap.of(cells).counts().get(6).get(23)).isEqualTo(4);
        assertThatThrownBy(() -> Heatmap.of(new long[6][24])).isInstanceOf(IllegalArgumentException.class);
    }
}
