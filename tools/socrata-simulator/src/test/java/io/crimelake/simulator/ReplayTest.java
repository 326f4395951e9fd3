package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReplayTest {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final Map<String, String> FIELD_BY_HEADER = Map.ofEntries(
            Map.entry("ID", "id"),
            Map.entry("Case Number", "case_number"),
            Map.entry("Date", "date"),
            Map.entry("Block", "block"),
            Map.entry("IUCR", "iucr"),
            Map.entry("Primary Type", "primary_type"),
            Map.entry("Description", "description"),
            Map.entry("Location Description", "location_description"),
            Map.entry("Arrest", "arrest"),
            Map.entry("Domestic", "domestic"),
            Map.entry("Beat", "beat"),
            Map.entry("District", "district"),
            Map.entry("Ward", "ward"),
            Map.entry("Community Area", "community_area"),
            Map.entry("FBI Code", "fbi_code"),
            Map.entry("X Coordinate", "x_coordinate"),
            Map.entry("Y Coordinate", "y_coordinate"),
            Map.entry("Year", "year"),
            Map.entry("Updated On", "updated_on"),
            Map.entry("Latitude", "latitude"),
            Map.entry("Longitude", "longitude"),
            Map.entry("Location", "location"));

    @Test
    void replayedPortalExportIsServedAsTheSameRowsInJson() throws Exception {
        Path file = fixture("portal_export_sample.csv");
        List<Map<String, String>> expected = readCsv(file);
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().replay(file).start()) {
            JsonNode rows = new SodaHttp(simulator).rows("resource/ijzp-q8t2.json", "$order", "id");

            assertThat(rows).hasSize(expected.size());
            expected.sort((a, b) -> Long.compare(Long.parseLong(a.get("ID")), Long.parseLong(b.get("ID"))));
            for (int i = 0; i < expected.size(); i++) {
                assertSameRow(rows.get(i), expected.get(i));
            }
        }
    }

    @Test
    void bulkExportOfReplayedRowsReproducesThePortalFile() throws Exception {
        Path file = fixture("portal_export_sample.csv");
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().replay(file).start()) {
            String export = new SodaHttp(simulator)
                    .get("api/views/ijzp-q8t2/rows.csv", "accessType", "DOWNLOAD")
                    .body();

            assertSameLines(export, Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void replayedSodaGeoJsonAndJsonRowsAreServed() throws Exception {
        try (SocrataSimulator simulator = SocrataSimulator.builder()
                .replay(fixture("soda_resource_sample.geojson"), fixture("soda_rows_sample.json"))
                .start()) {
            JsonNode rows = new SodaHttp(simulator).rows("resource/ijzp-q8t2.json", "$order", "id");

            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).get("primary_type").asString()).isEqualTo("WEAPONS VIOLATION");
            assertThat(rows.get(0).get("arrest").asBoolean()).isTrue();
            assertThat(rows.get(1).has("latitude")).isFalse();
            assertThat(rows.get(2).get("latitude").asString()).isEqualTo("41.8");
            assertThat(rows.get(3).get("longitude").asString())
                    .as("taken from the location object")
                    .isEqualTo("-87.65");
        }
    }

    @Test
    void realPortalExportRoundTripsThroughTheSimulator() throws Exception {
        Path real = Path.of(
                System.getProperty("crimelake.samples", "../../../shared/data"), "crimes_2024_portal_export_10k.csv");
        assumeTrue(Files.exists(real), "the shared sample data is not on this machine");
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().replay(real).start()) {
            String export =
                    new SodaHttp(simulator).get("api/views/ijzp-q8t2/rows.csv").body();

            assertThat(simulator.table().size()).isEqualTo(10_000);
            assertSameLines(export, Files.readString(real, StandardCharsets.UTF_8));
        }
    }

    private static void assertSameRow(JsonNode row, Map<String, String> csv) {
        for (Map.Entry<String, String> cell : csv.entrySet()) {
            String field = FIELD_BY_HEADER.get(cell.getKey());
            String value = cell.getValue();
            if (value.isEmpty()) {
                assertThat(row.has(field)).as("%s is absent when empty", field).isFalse();
            } else if (field.equals("date") || field.equals("updated_on")) {
                assertThat(row.get(field).asString())
                        .isEqualTo(LocalDateTime.parse(value, US).format(ISO));
            } else if (field.equals("arrest") || field.equals("domestic")) {
                assertThat(row.get(field).isBoolean()).isTrue();
                assertThat(row.get(field).asBoolean()).isEqualTo(Boolean.parseBoolean(value));
            } else if (field.equals("location")) {
                JsonNode location = row.get("location");
                assertThat("(" + location.get("latitude").asString() + ", "
                                + location.get("longitude").asString() + ")")
                        .isEqualTo(value);
            } else {
                assertThat(row.get(field).asString()).as(field).isEqualTo(value);
            }
        }
    }

    private static void assertSameLines(String actual, String expected) {
        assertThat(actual).startsWith("\uFEFFID,Case Number,Date,");
        assertThat(actual.lines().sorted().toList())
                .isEqualTo(expected.lines().sorted().toList());
    }

    // A minimal CSV reading for the fixture, independent of the simulator's own reader.
    private static List<Map<String, String>> readCsv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = split(lines.getFirst().substring(1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
            fields.add(
                    field.startsWith("\"")
                            ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                            : field);
        }
        return fields;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ReplayTest.class.getResource("/fixtures/" + name).toURI());
    }
}
