package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SoqlFilteringTest {

    private static final String ROWS = "resource/ijzp-q8t2.json";

    private static SocrataSimulator simulator;
    private static SodaHttp http;
    private static CrimeTable table;

    @BeforeAll
    static void start() {
        simulator = SocrataSimulator.builder()
                .seed(11)
                .rows(20_000)
                .from(LocalDate.of(2024, 1, 1))
                .to(LocalDate.of(2024, 2, 29))
                .start();
        http = new SodaHttp(simulator);
        table = simulator.table();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void filtersDatesWithBetweenAsFloatingTimestamps() throws Exception {
        long count = count("date between '2024-01-01T00:00:00' and '2024-01-31T23:59:59'");

        long start = FloatingTimestamps.parseIso("2024-01-01T00:00:00");
        long end = FloatingTimestamps.parseIso("2024-01-31T23:59:59");
        long expected = countRows(row -> {
            long date = table.timestamp(Column.DATE, row);
            return date >= start && date <= end;
        });
        assertThat(count).isEqualTo(expected).isBetween(9_000L, 11_500L);
    }

    @Test
    void filtersOnUpdatedOnAfterATimestamp() throws Exception {
        JsonNode rows = http.rows(
                ROWS, "$where", "updated_on > '2024-02-20T00:00:00.000'", "$order", "updated_on", "$limit", "50000");

        long threshold = FloatingTimestamps.parseIso("2024-02-20T00:00:00");
        assertThat(rows).hasSize((int) countRows(row -> table.timestamp(Column.UPDATED_ON, row) > threshold));
        assertThat(rows.get(0).get("updated_on").asString()).isGreaterThan("2024-02-20T00:00:00.000");
    }

    @Test
    void filtersWithInList() throws Exception {
        JsonNode rows = http.rows(ROWS, "$where", "primary_type in('HOMICIDE', 'ARSON')", "$limit", "50000");

        assertThat(rows).isNotEmpty();
        rows.forEach(row -> assertThat(row.get("primary_type").asString()).isIn("HOMICIDE", "ARSON"));
        assertThat(rows).hasSize((int)
                countRows(row -> List.of("HOMICIDE", "ARSON").contains(table.text(Column.PRIMARY_TYPE, row))));
    }

    @Test
    void filtersMissingValuesWithIsNullAndIsNotNull() throws Exception {
        long missing = count("latitude IS NULL");
        long present = count("latitude is not null");

        assertThat(missing)
                .isEqualTo(countRows(row -> table.isMissing(Column.LATITUDE, row)))
                .isPositive();
        assertThat(missing + present).isEqualTo(table.size());
        JsonNode rows = http.rows(ROWS, "$where", "latitude IS NULL", "$limit", "5");
        rows.forEach(row -> assertThat(row.has("latitude"))
                .as("missing values are absent keys")
                .isFalse());
    }

    @Test
    void comparesNumericColumnsAsNumbers() throws Exception {
        long quotedPadded = count("district = '009'");
        long bare = count("district = 9");

        assertThat(bare).isEqualTo(quotedPadded).isPositive();
        assertThat(count("community_area >= 70"))
                .isEqualTo(countRows(row -> table.number(Column.COMMUNITY_AREA, row) >= 70));
        assertThat(count("ward < '10'")).isEqualTo(countRows(row -> table.number(Column.WARD, row) < 10));
    }

    @Test
    void combinesConditionsWithAndOrAndParentheses() throws Exception {
        long count = count("(primary_type = 'THEFT' OR primary_type = 'BATTERY') AND arrest = true");

        long expected = countRows(row -> List.of("THEFT", "BATTERY").contains(table.text(Column.PRIMARY_TYPE, row))
                && Boolean.TRUE.equals(table.flag(Column.ARREST, row)));
        assertThat(count).isEqualTo(expected).isPositive();
    }

    @Test
    void countsAllRowsWithCountStar() throws Exception {
        JsonNode rows = http.rows(ROWS, "$select", "count(*)");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("count").asString()).isEqualTo("20000");
    }

    @Test
    void groupsAndCountsPerPrimaryTypeWithTheftAndBatteryOnTop() throws Exception {
        JsonNode rows = http.rows(
                ROWS, "$select", "primary_type, count(*) AS total", "$group", "primary_type", "$order", "total DESC");

        long sum = 0;
        for (JsonNode row : rows) {
            sum += Long.parseLong(row.get("total").asString());
        }
        assertThat(sum).isEqualTo(20_000);
        assertThat(List.of(
                        rows.get(0).get("primary_type").asString(),
                        rows.get(1).get("primary_type").asString()))
                .containsExactlyInAnyOrder("THEFT", "BATTERY");
        assertThat(rows.size()).isBetween(25, 35);
    }

    @Test
    void selectsColumnsUnderAliases() throws Exception {
        JsonNode rows = http.rows(ROWS, "$select", "id, primary_type AS kind, :id", "$order", "id", "$limit", "2");

        JsonNode first = rows.get(0);
        assertThat(first.propertyNames()).containsExactly("id", "kind", ":id");
        assertThat(first.get(":id").asString()).startsWith("row-");
    }

    @Test
    void treatsSimpleFiltersAsEquality() throws Exception {
        JsonNode rows = http.rows(ROWS, "primary_type", "ROBBERY", "$limit", "50000");

        assertThat(rows).hasSize((int) countRows(row -> "ROBBERY".equals(table.text(Column.PRIMARY_TYPE, row))));
    }

    private static long count(String where) throws Exception {
        JsonNode rows = http.rows(ROWS, "$select", "count(*)", "$where", where);
        return Long.parseLong(rows.get(0).get("count").asString());
    }

    private static long countRows(IntPredicate predicate) {
        List<Integer> matches = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            if (predicate.test(row)) {
                matches.add(row);
            }
        }
        return matches.size();
    }
}
