package io.crimelake.lakeformat.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.crimes.CrimeRecordFixtures;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetDefinitionTest {
    record Reading(long id, LocalDateTime takenAt, Double value) {}

    private static final Column<Reading> ID = Column.required("id", ColumnType.INT64, "key", Reading::id);
    private static final Column<Reading> TAKEN_AT =
            Column.required("taken_at", ColumnType.LOCAL_TIMESTAMP, "when", Reading::takenAt);
    private static final Column<Reading> VALUE = Column.optional("value", ColumnType.DOUBLE, "value", Reading::value);

    @Test
    void crimesDefinitionIsKeyedByIdAndPartitionedByDate() {
        var crimes = CrimesDataset.definition();

        assertThat(crimes.socrataId()).isEqualTo("ijzp-q8t2");
        assertThat(crimes.name()).isEqualTo("crimes");
        assertThat(crimes.keyColumn()).isEqualTo("id");
        assertThat(crimes.partitionColumn()).isEqualTo("date");
        assertThat(crimes.partitionOf(CrimeRecordFixtures.record(1, LocalDateTime.parse("2024-03-10T02:30:00"))))
                .isEqualTo(new PartitionKey("crimes", 2024, 3));
    }

    @Test
    void mapsPortalCsvHeadersToApiFieldsIgnoringByteOrderMark() {
        var crimes = CrimesDataset.definition();

        assertThat(crimes.apiFieldForCsvHeader("\uFEFFID")).isEqualTo("id");
        assertThat(crimes.apiFieldForCsvHeader("Community Area")).isEqualTo("community_area");
        assertThat(crimes.apiFieldForCsvHeader("Location")).isEqualTo("location");
        assertThat(crimes.apiFieldForCsvHeader("case_number")).isEqualTo("case_number");
    }

    @Test
    void everyCsvHeaderButLocationNamesAStoredColumn() {
        var crimes = CrimesDataset.definition();
        var columnNames = crimes.columns().stream().map(Column::name).toList();

        assertThat(crimes.csvHeaders()).hasSize(22);
        assertThat(crimes.csvHeaders().values())
                .filteredOn(field -> !field.equals("location"))
                .allMatch(columnNames::contains);
    }

    @Test
    void rejectsPartitionColumnThatIsNotALocalTimestamp() {
        assertThatThrownBy(() -> definition("id", "value", List.of(ID, TAKEN_AT, VALUE)))
                .hasMessageContaining("partition column 'value' must be a required LOCAL_TIMESTAMP");
    }

    @Test
    void rejectsUnknownOrNullableKeyColumn() {
        assertThatThrownBy(() -> definition("nope", "taken_at", List.of(ID, TAKEN_AT)))
                .hasMessageContaining("key column 'nope'");
        assertThatThrownBy(() -> definition("value", "taken_at", List.of(ID, TAKEN_AT, VALUE)))
                .hasMessageContaining("must be required");
    }

    @Test
    void rejectsDuplicateColumnNames() {
        assertThatThrownBy(() -> definition("id", "taken_at", List.of(ID, TAKEN_AT, ID)))
                .hasMessageContaining("duplicate column 'id'");
    }

    @Test
    void columnRefusesNullInRequiredColumnAndWrongJavaType() {
        var reading = new Reading(1, null, 2.0);
        Column<Reading> wronglyTyped = Column.required("value", ColumnType.STRING, "value", Reading::value);

        assertThatThrownBy(() -> TAKEN_AT.valueOf(reading)).hasMessageContaining("required column 'taken_at' is null");
        assertThatThrownBy(() -> wronglyTyped.valueOf(reading)).hasMessageContaining("holds a Double, expected String");
    }

    private static DatasetDefinition<Reading> definition(String key, String partition, List<Column<Reading>> columns) {
        return new DatasetDefinition<>(
                "abcd-1234",
                "readings",
                key,
                partition,
                columns,
                Map.of(),
                (row, lineage) -> new Reading(1, LocalDateTime.now(), null),
                values -> new Reading(values.get("id", Long.class), values.get("taken_at", LocalDateTime.class), null));
    }
}
