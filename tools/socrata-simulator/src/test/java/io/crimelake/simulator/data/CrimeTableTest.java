package io.crimelake.simulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class CrimeTableTest {

    @Test
    void sortsByIdKeepsTheLastVersionOfADuplicateAndRoundTripsValues() {
        CrimeTable table = new CrimeTableBuilder()
                .add(crime(30, "THEFT", "41.88", "-87.63"))
                .add(crime(10, "BATTERY", "41.750", "-87.6"))
                .add(crime(30, "ROBBERY", "41,9", null))
                .build();

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.id(0)).isEqualTo(10);
        assertThat(table.record(0)).isEqualTo(crime(10, "BATTERY", "41.750", "-87.6"));
        assertThat(table.record(1)).isEqualTo(crime(30, "ROBBERY", "41,9", null));
        assertThat(Double.isNaN(table.number(Column.LATITUDE, 1))).isTrue();
        assertThat(table.isMissing(Column.LATITUDE, 1))
                .as("unparsable is not missing")
                .isFalse();
        assertThat(table.isMissing(Column.LOCATION, 1)).isTrue();
        assertThat(table.text(Column.ROW_ID, 0)).isLessThan(table.text(Column.ROW_ID, 1));
    }

    @Test
    void editsAndDeletionsProduceANewSnapshotWithoutTouchingTheOldOne() {
        CrimeTable original = new CrimeTableBuilder()
                .add(crime(1, "THEFT", "41.8", "-87.6"))
                .add(crime(2, "THEFT", "41.8", "-87.6"))
                .add(crime(3, "THEFT", "41.8", "-87.6"))
                .build();

        CrimeTableBuilder builder = original.toBuilder();
        builder.setText(Column.PRIMARY_TYPE, 2, "ARSON");
        BitSet deleted = new BitSet();
        deleted.set(0);
        builder.delete(deleted);
        CrimeTable next = builder.build();

        assertThat(next.size()).isEqualTo(2);
        assertThat(next.id(0)).isEqualTo(2);
        assertThat(next.text(Column.PRIMARY_TYPE, 1)).isEqualTo("ARSON");
        assertThat(original.text(Column.PRIMARY_TYPE, 2)).isEqualTo("THEFT");
        assertThat(next.firstRowWithIdAtLeast(3)).isEqualTo(1);
    }

    private static CrimeRecord crime(long id, String type, String latitude, String longitude) {
        LocalDateTime date = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
        return new CrimeRecord(
                id,
                "JH" + id,
                date,
                "001XX N STATE ST",
                "0810",
                type,
                "OVER $500",
                "STREET",
                true,
                null,
                "0111",
                "001",
                "42",
                "32",
                "06",
                "1176000",
                "1900000",
                "2024",
                date.plusDays(7),
                latitude,
                longitude);
    }
}
