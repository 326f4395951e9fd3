package io.crimelake.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.simulator.format.LocationStyle;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FormatsTest {

    private static SocrataSimulator simulator;
    private static SodaHttp http;

    @BeforeAll
    static void start() {
        simulator = SocrataSimulator.builder().seed(21).rows(3_000).start();
        http = new SodaHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void metadataListsColumnsAndRowsUpdatedAt() throws Exception {
        JsonNode view = http.rows("api/views/ijzp-q8t2.json");

        assertThat(view.get("id").asString()).isEqualTo("ijzp-q8t2");
        assertThat(view.get("rowsUpdatedAt").asLong())
                .isEqualTo(simulator.rowsUpdatedAt().getEpochSecond());
        List<String> fields = new ArrayList<>();
        view.get("columns").forEach(column -> fields.add(column.get("fieldName").asString()));
        assertThat(fields).hasSize(22).startsWith("id", "case_number", "date").endsWith("location");
        JsonNode date = view.get("columns").get(2);
        assertThat(date.get("name").asString()).isEqualTo("Date");
        assertThat(date.get("dataTypeName").asString()).isEqualTo("calendar_date");
    }

    @Test
    void jsonRowsUseStringsCheckboxBooleansAndLegacyLocation() throws Exception {
        JsonNode row = http.rows("resource/ijzp-q8t2.json", "$where", "location IS NOT NULL", "$limit", "1")
                .get(0);

        assertThat(row.get("id").isString()).isTrue();
        assertThat(row.get("arrest").isBoolean()).isTrue();
        assertThat(row.get("date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000");
        assertThat(row.get("district").asString()).matches("\\d{3}");
        assertThat(row.get("beat").asString())
                .startsWith(row.get("district").asString().substring(1));
        assertThat(row.get("location").get("latitude").asString())
                .isEqualTo(row.get("latitude").asString());
        assertThat(row.get("location").get("human_address").asString()).contains("\"address\"");
    }

    @Test
    void locationCanBeServedAsGeoJsonPoint() throws Exception {
        try (SocrataSimulator points = SocrataSimulator.builder()
                .rows(200)
                .locationStyle(LocationStyle.GEOJSON_POINT)
                .start()) {
            JsonNode row = new SodaHttp(points)
                    .rows("resource/ijzp-q8t2.json", "$where", "location IS NOT NULL", "$limit", "1")
                    .get(0);

            assertThat(row.get("location").get("type").asString()).isEqualTo("Point");
            assertThat(row.get("location").get("coordinates").get(1).asDouble())
                    .isEqualTo(Double.parseDouble(row.get("latitude").asString()));
        }
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsWithNullGeometryWhenUnlocated() throws Exception {
        JsonNode located = http.rows("resource/ijzp-q8t2.geojson", "$where", "latitude IS NOT NULL", "$limit", "3");
        JsonNode unlocated = http.rows("resource/ijzp-q8t2.geojson", "$where", "latitude IS NULL", "$limit", "1");

        assertThat(located.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(located.get("features")).hasSize(3);
        JsonNode feature = located.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("properties").get("arrest").isBoolean()).isTrue();
        assertThat(feature.get("properties").get("location_address").asString()).isEmpty();
        assertThat(unlocated.get("features").get(0).get("geometry").isNull()).isTrue();
    }

    @Test
    void sodaCsvQuotesEveryValueUnderFieldNames() throws Exception {
        HttpResponse<String> response = http.get("resource/ijzp-q8t2.csv", "$select", "id, arrest", "$limit", "2");

        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\"id\",\"arrest\"");
        assertThat(lines.get(1)).matches("\"\\d+\",\"(true|false)\"");
    }

    @Test
    void bulkExportUsesDisplayHeadersUsDatesAndByteOrderMark() throws Exception {
        HttpResponse<String> response = http.get("api/views/ijzp-q8t2/rows.csv", "accessType", "DOWNLOAD");

        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3_001);
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,"
                        + "Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,"
                        + "Updated On,Latitude,Longitude,Location");
        assertThat(lines.get(1)).matches("\\d+,J[A-Z]\\d{6},\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M,.*");
    }

    @Test
    void communityAreaBoundariesAreServedAsGeoJsonAndRows() throws Exception {
        JsonNode geojson = http.rows("resource/igwz-8jzy.geojson");
        JsonNode rows = http.rows("resource/igwz-8jzy.json", "$limit", "5");
        JsonNode view = http.rows("api/views/igwz-8jzy.json");

        assertThat(geojson.get("features")).hasSize(77);
        JsonNode first = geojson.get("features").get(0);
        assertThat(first.get("properties").get("area_numbe").asString()).isEqualTo("1");
        assertThat(first.get("properties").get("community").asString()).isEqualTo("ROGERS PARK");
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("the_geom").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(view.get("name").asString()).contains("Community Areas");
    }

    @Test
    void requiredAppTokenIsAcceptedFromHeaderOrParameter() throws Exception {
        try (SocrataSimulator guarded =
                SocrataSimulator.builder().rows(100).requireAppToken().start()) {
            SodaHttp guardedHttp = new SodaHttp(guarded);
            String path = "resource/ijzp-q8t2.json";

            assertThat(guardedHttp.get(path).statusCode()).isEqualTo(403);
            assertThat(guardedHttp.get(path, "$$app_token", "any").statusCode()).isEqualTo(200);
            HttpResponse<String> withHeader = java.net.http.HttpClient.newHttpClient()
                    .send(
                            guardedHttp
                                    .request(path)
                                    .header("X-App-Token", "any")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(withHeader.statusCode()).isEqualTo(200);
        }
    }
}
