package io.crimelake.lakeformat.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTimestampsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024-01-01T23:55:00.000, 2024-01-01T23:55:00",
        "2024-01-01T23:55:00, 2024-01-01T23:55:00",
        "2024-01-01T23:55:00.5, 2024-01-01T23:55:00.500",
        "01/01/2024 11:55:00 PM, 2024-01-01T23:55:00",
        "01/01/2024 11:55:00 pm, 2024-01-01T23:55:00",
        "01/01/2024 12:00:00 AM, 2024-01-01T00:00:00",
        "01/01/2024 12:00:00 PM, 2024-01-01T12:00:00",
        "01/01/2024 12:59:59 AM, 2024-01-01T00:59:59",
        "01/01/2024 01:00:00 PM, 2024-01-01T13:00:00",
        "02/29/2024 08:15:00 AM, 2024-02-29T08:15:00"
    })
    void parsesBothPortalFormsAsWallClockTime(String text, String expected) {
        assertThat(SourceTimestamps.parse(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} stays as written")
    @CsvSource({
        // Spring forward in Chicago: 02:00-02:59 does not exist on 10 March 2024.
        "03/10/2024 02:30:00 AM, 2024-03-10T02:30:00",
        "2024-03-10T02:30:00.000, 2024-03-10T02:30:00",
        // Fall back: 01:30 occurs twice on 3 November 2024.
        "11/03/2024 01:30:00 AM, 2024-11-03T01:30:00"
    })
    void keepsDaylightSavingGapsAndOverlapsAsWritten(String text, String expected) {
        assertThat(SourceTimestamps.parse(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-01T23:55:00Z",
                "2024-01-01T23:55:00.000-06:00",
                "2024-01-01 23:55:00",
                "02/30/2024 01:00:00 AM",
                "01/01/2024 13:00:00 PM",
                "01/01/2024 00:30:00 AM",
                "1/1/2024 11:55:00 PM",
                "01/01/2024 23:55:00",
                "2024-13-01T00:00:00",
                "yesterday"
            })
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> SourceTimestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
