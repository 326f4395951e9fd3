package io.crimelake.lakeformat.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionKeyTest {
    @Test
    void pathHasFourDigitYearAndTwoDigitMonth() {
        assertThat(new PartitionKey("crimes", 2024, 3).path()).isEqualTo("crimes/year=2024/month=03");
        assertThat(new PartitionKey("crimes", 2024, 3).prefix()).isEqualTo("crimes/year=2024/month=03/");
        assertThat(new PartitionKey("crimes", 2001, 12).path()).isEqualTo("crimes/year=2001/month=12");
    }

    @Test
    void lateNightOnNewYearsEveStaysInDecember() {
        PartitionKey key = PartitionKey.of("crimes", LocalDateTime.parse("2023-12-31T23:59:59"));

        assertThat(key).isEqualTo(new PartitionKey("crimes", 2023, 12));
    }

    @Test
    void parsesPartitionFolderAndFilesBelowIt() {
        assertThat(PartitionKey.fromPath("crimes/year=2024/month=03")).contains(new PartitionKey("crimes", 2024, 3));
        assertThat(PartitionKey.fromPath("crimes/year=2024/month=03/part-0001.parquet"))
                .contains(new PartitionKey("crimes", 2024, 3));
    }

    @Test
    void pathRoundTripsThroughParse() {
        var key = new PartitionKey("traffic_crashes", 2019, 7);

        assertThat(PartitionKey.fromPath(key.path())).contains(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "crimes/year=2024/month=3",
                "crimes/year=2024/month=13",
                "crimes/year=2024/month=00",
                "crimes/year=24/month=03",
                "crimes/year=2024",
                "snapshots/current.json",
                "/crimes/year=2024/month=03",
                "lake/crimes/year=2024/month=03"
            })
    void ignoresPathsOutsideTheLayout(String path) {
        assertThat(PartitionKey.fromPath(path)).isEmpty();
    }

    @Test
    void rejectsInvalidParts() {
        assertThatThrownBy(() -> new PartitionKey("crimes", 2024, 0)).hasMessageContaining("month");
        assertThatThrownBy(() -> new PartitionKey("crimes", 10_000, 1)).hasMessageContaining("year");
        assertThatThrownBy(() -> new PartitionKey("Crimes/x", 2024, 1)).hasMessageContaining("dataset name");
    }
}
