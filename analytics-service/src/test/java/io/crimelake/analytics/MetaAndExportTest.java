package io.crimelake.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.testlake.Expected;
import io.crimelake.analytics.testlake.LakeServerTest;
import io.crimelake.analytics.testlake.Scenario;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /meta}, the CSV export and wall-clock time handling over the shared generated lake. */
class MetaAndExportTest extends LakeServerTest {
    private static final Path TEMP = TestLake.temporaryFolder("crimelake-analytics-exports");
    private final TestLake lake = TestLake.shared();

    @Test
    void metaDescribesTheSnapshotItsRangeAndEveryDimension() {
        JsonNode meta = getJson("/api/analytics/meta");

        assertThat(meta.get("hasData").asBoolean()).isTrue();
        assertThat(meta.get("snapshotId").asString())
                .isEqualTo(getJson("/api/analytics/heatmap").get("snapshotId").asString());
        assertThat(meta.get("publicationLagDays").asInt()).isEqualTo(7);
        JsonNode overview = meta.get("overview");
        assertThat(overview.get("rows").asLong()).isEqualTo(lake.records().size());
        assertThat(LocalDateTime.parse(overview.get("firstIncident").asString()))
                .isEqualTo(lake.records().stream()
                        .map(CrimeRecord::date)
                        .min(Comparator.naturalOrder())
                        .orElseThrow());
        assertThat(LocalDateTime.parse(overview.get("lastIncident").asString()))
                .isEqualTo(lake.records().stream()
                        .map(CrimeRecord::date)
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
        Map<String, Long> types = new TreeMap<>();
        overview.get("types")
                .forEach(t -> types.put(t.get("type").asString(), t.get("count").asLong()));
        assertThat(types).isEqualTo(Expected.of(lake, r -> true).incidentsByType());
        Map<Integer, Long> districts = new TreeMap<>();
        overview.get("districts")
                .forEach(d ->
                        districts.put(d.get("district").asInt(), d.get("count").asLong()));
        assertThat(districts)
                .isEqualTo(lake.records().stream()
                        .filter(r -> r.district() != null)
                        .collect(Collectors.groupingBy(CrimeRecord::district, TreeMap::new, Collectors.counting())));
        assertThat(overview.get("communityAreas").get(0).get("name").asString()).isEqualTo("ROGERS PARK");
    }

    @Test
    void exportCsvStreamsEveryFilteredRowWithAFileNameNamingTheWindow() {
        Scenario march = Scenario.all().get(1);
        HttpResponse<String> response = get("/api/analytics/export.csv?" + march.query());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("chicago-crimes_2024-03-01_2024-03-31.csv");
        assertThat(response.headers().firstValue("X-Snapshot-Id").orElseThrow()).startsWith("folder-");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,case_number,date,");
        List<Long> ids = lines.stream()
                .skip(1)
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
                .sorted()
                .toList();
        assertThat(ids)
                .isEqualTo(Expected.of(lake, march.predicate()).matching().stream()
                        .map(CrimeRecord::id)
                        .sorted()
                        .toList());
        assertThat(response.body()).contains("S \"\"STATE\"\", ST\"");
    }

    @Test
    void exportParquetHoldsEveryFilteredRowWithWallClockTimestamps() throws Exception {
        Scenario nights = Scenario.all().get(2);
        HttpResponse<byte[]> response = getBytes("/api/analytics/export.parquet?" + nights.query());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("chicago-crimes_2023-06-15_2024-02-10.parquet");
        Path file = Files.write(Files.createTempFile(TEMP, "export", ".parquet"), response.body());
        List<CrimeRecord> expected = Expected.of(lake, nights.predicate()).matching();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*), sum(id), min(strftime(date, '%Y-%m-%dT%H:%M:%S')) FROM read_parquet('" + file
                                + "')")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(expected.size());
            assertThat(rows.getLong(2))
                    .isEqualTo(expected.stream().mapToLong(CrimeRecord::id).sum());
            assertThat(LocalDateTime.parse(rows.getString(3)))
                    .isEqualTo(expected.stream()
                            .map(CrimeRecord::date)
                            .min(Comparator.naturalOrder())
                            .orElseThrow());
        }
    }

    @Test
    void wallClockTimesSurviveTheDaylightSavingGapUnshifted() {
        JsonNode items = getJson("/api/analytics/incidents?from=2024-03-10&to=2024-03-10&size=500")
                .get("data")
                .get("items");

        List<LocalDateTime> times = items.valueStream()
                .map(item -> LocalDateTime.parse(item.get("date").asString()))
                .toList();
        assertThat(times).contains(LocalDateTime.of(2024, 3, 10, 2, 30));
        assertThat(times)
                .allMatch(time -> time.toLocalDate().equals(time.toLocalDate().withDayOfMonth(10)));
    }
}
