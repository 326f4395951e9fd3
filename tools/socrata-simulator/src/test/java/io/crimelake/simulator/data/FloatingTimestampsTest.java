package io.crimelake.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatingTimestampsTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    @Test
    void isoFormattingMatchesTheJdkFormatterAcrossCenturies() {
        SplittableRandom random = new SplittableRandom(1);
        long start = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long end = LocalDateTime.of(2100, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(start, end);
            String expected =
                    LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).format(ISO);

            assertThat(FloatingTimestamps.formatIso(seconds)).isEqualTo(expected);
        }
    }

    @Test
    void parsesDatesTimesAndFractions() {
        assertThat(FloatingTimestamps.parseIso("2024-02-29")).isEqualTo(seconds(2024, 2, 29, 0, 0, 0));
        assertThat(FloatingTimestamps.parseIso("2024-02-29T23:59:59.999")).isEqualTo(seconds(2024, 2, 29, 23, 59, 59));
        assertThat(FloatingTimestamps.parseIsoMillis("2024-01-01T00:00:00.5"))
                .isEqualTo(seconds(2024, 1, 1, 0, 0, 0) * 1000 + 500);
        assertThat(FloatingTimestamps.parseUs("02/10/2024 12:44:00 AM")).isEqualTo(seconds(2024, 2, 10, 0, 44, 0));
        assertThat(FloatingTimestamps.formatUs(seconds(2024, 2, 10, 13, 5, 9))).isEqualTo("02/10/2024 01:05:09 PM");
    }

    @Test
    void rejectsTextThatIsNoTimestamp() {
        assertThatThrownBy(() -> FloatingTimestamps.parseIso("not-a-date"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FloatingTimestamps.parseUs("2024-01-01")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long seconds(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
    }
}
