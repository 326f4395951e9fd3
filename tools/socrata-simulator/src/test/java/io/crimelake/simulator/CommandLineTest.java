package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.simulator.fault.FaultKind;
import io.crimelake.simulator.format.LocationStyle;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void readsEveryOption() {
        SimulatorSettings settings = CommandLine.parse(List.of(
                        "--port",
                        "9200",
                        "--seed",
                        "5",
                        "--from",
                        "2024-01-01",
                        "--to",
                        "2024-12-31",
                        "--faults",
                        "429=0.02,500=0.01,reset=0.005",
                        "--dataset-id",
                        "abcd-1234",
                        "--require-token",
                        "--location-style",
                        "point"))
                .settings();

        assertThat(settings.port()).isEqualTo(9200);
        assertThat(settings.seed()).isEqualTo(5);
        assertThat(settings.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(settings.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(settings.rows()).isNull();
        assertThat(settings.randomFaults().probabilities())
                .containsEntry(FaultKind.TOO_MANY_REQUESTS, 0.02)
                .containsEntry(FaultKind.CONNECTION_RESET, 0.005);
        assertThat(settings.datasetId()).isEqualTo("abcd-1234");
        assertThat(settings.requireAppToken()).isTrue();
        assertThat(settings.locationStyle()).isEqualTo(LocationStyle.GEOJSON_POINT);
    }

    @Test
    void rowsAloneEndOnTheDefaultDayAtTheUsualDailyVolume() {
        SimulatorSettings settings =
                CommandLine.parse(List.of("--rows", "200000")).settings();

        assertThat(settings.port()).isEqualTo(CommandLine.DEFAULT_PORT);
        assertThat(settings.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(settings.from()).isEqualTo(LocalDate.of(2024, 3, 21));
        assertThat(settings.rows()).isEqualTo(200_000);
    }

    @Test
    void latestEndsOnTheNewestDayThePortalHasPublishedAndDefaultsToAYear() {
        LocalDate latest = SyntheticHistory.latestPublishedDay(Instant.now());
        SimulatorSettings settings =
                CommandLine.parse(List.of("--to", "latest")).settings();

        // Around the afternoon refresh, "now" may have moved on by a day between the two calls.
        assertThat(settings.to()).isBetween(latest, latest.plusDays(1));
        assertThat(settings.from()).isEqualTo(settings.to().minusYears(1).plusDays(1));
        assertThatThrownBy(() -> CommandLine.parse(List.of("--to", "soon"))).hasMessageContaining("2024-01-31");
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndMissingFiles() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour", "red"))).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--port"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--replay", "/no/such/file.csv")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--faults", "418=0.1")))
                .hasMessageContaining("418");
    }
}
