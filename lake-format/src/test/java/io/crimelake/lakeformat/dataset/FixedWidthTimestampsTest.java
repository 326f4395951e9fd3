package io.crimelake.lakeformat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedWidthTimestampsTest {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter PORTAL_CSV = DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.US);

    @Test
    void agreesWithJavaTimeOnEveryShapeThePortalWrites() {
        Random random = new Random(20240101);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.of(2001, 1, 1, 0, 0)
                    .plusSeconds(random.nextLong(26L * 365 * 24 * 3600))
                    .plusNanos(random.nextInt(1000) * 1_000_000L);
            assertThat(FixedWidthTimestamps.parse(ISO_MILLIS.format(time))).isEqualTo(time);
            assertThat(FixedWidthTimestamps.parse(ISO_SECONDS.format(time))).isEqualTo(time.withNano(0));
            assertThat(FixedWidthTimestamps.parse(PORTAL_CSV.format(time))).isEqualTo(time.withNano(0));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-30T00:00:00",
                "2023-02-29T00:00:00.000",
                "2024-01-01T24:00:00",
                "2024-01-01T23:60:00",
                "2024-01-01 23:55:00",
                "2024-01-01T23:55:00,000",
                "02/30/2024 01:00:00 AM",
                "01/01/2024 00:30:00 AM",
                "01/01/2024 13:00:00 PM",
                "01/01/2024 11:55:00 XM",
                "0a/01/2024 11:55:00 PM"
            })
    void leavesAnythingInvalidToTheFormatters(String text) {
        assertThat(FixedWidthTimestamps.parse(text)).isNull();
    }
}
