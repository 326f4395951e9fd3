package io.crimelake.ui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

    private static final IncidentFilter FULL = new IncidentFilter(
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 3, 31),
            Set.of("THEFT", "CRIMINAL DAMAGE"),
            Set.of(11, 3),
            Set.of(25),
            true,
            false,
            new HourRange(20, 23));

    @Test
    void writesEveryNarrowingUnderTheAnalyticsParameterNames() {
        assertThat(FilterParameters.of(FULL))
                .containsExactly(
                        Map.entry("from", List.of("2024-03-01")),
                        Map.entry("to", List.of("2024-03-31")),
                        Map.entry("type", List.of("CRIMINAL DAMAGE", "THEFT")),
                        Map.entry("district", List.of("3", "11")),
                        Map.entry("communityArea", List.of("25")),
                        Map.entry("arrest", List.of("true")),
                        Map.entry("domestic", List.of("false")),
                        Map.entry("hourFrom", List.of("20")),
                        Map.entry("hourTo", List.of("23")));
    }

    @Test
    void leavesOutWhatMeansAny() {
        assertThat(FilterParameters.of(IncidentFilter.everything())).isEmpty();
    }

    @Test
    void readsBackWhatItWrote() {
        ParsedFilter parsed = FilterParameters.parse(FilterParameters.of(FULL));

        assertThat(parsed.filter()).isEqualTo(FULL);
        assertThat(parsed.ignored()).isEmpty();
    }

    @Test
    void readsRepeatedParametersAsSets() {
        ParsedFilter parsed = FilterParameters.parse(Map.of(
                "type", List.of("THEFT", "BATTERY", "THEFT"),
                "district", List.of("1", "2")));

        assertThat(parsed.filter().types()).containsExactlyInAnyOrder("THEFT", "BATTERY");
        assertThat(parsed.filter().districts()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void ignoresInvalidValuesAndNamesThem() {
        ParsedFilter parsed = FilterParameters.parse(Map.of(
                "from", List.of("yesterday"),
                "district", List.of("7", "seven"),
                "arrest", List.of("maybe"),
                "hourFrom", List.of("25"),
                "type", List.of(" ")));

        assertThat(parsed.filter()).isEqualTo(IncidentFilter.everything().withDistricts(Set.of(7)));
        assertThat(parsed.ignored())
                .containsExactlyInAnyOrder(
                        "from=yesterday", "district=seven", "arrest=maybe", "hourFrom/hourTo=25..23", "type= ");
    }

    @Test
    void dropsAWindowWhoseStartIsAfterItsEnd() {
        ParsedFilter parsed =
                FilterParameters.parse(Map.of("from", List.of("2024-03-02"), "to", List.of("2024-03-01")));

        assertThat(parsed.filter().from()).isNull();
        assertThat(parsed.filter().to()).isNull();
        assertThat(parsed.ignored()).hasSize(1);
    }

    @Test
    void takesTheFirstOfARepeatedSingleValueAndIgnoresTheRest() {
        ParsedFilter parsed = FilterParameters.parse(Map.of("domestic", List.of("true", "false")));

        assertThat(parsed.filter().domestic()).isTrue();
        assertThat(parsed.ignored()).containsExactly("domestic=false");
    }

    @Test
    void completesAHalfOpenHourRangeToTheEndsOfTheDay() {
        ParsedFilter parsed = FilterParameters.parse(Map.of("hourFrom", List.of("22")));

        assertThat(parsed.filter().hours()).isEqualTo(new HourRange(22, 23));
    }
}
