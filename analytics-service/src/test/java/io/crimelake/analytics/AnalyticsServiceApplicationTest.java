package io.crimelake.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.testlake.TestLake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** The service over a lake folder with nothing published yet: healthy, and friendly empty answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsServiceApplicationTest {
    private static final Path EMPTY = TestLake.temporaryFolder("crimelake-analytics-empty");

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerAdapter handlers;

    @DynamicPropertySource
    static void emptyLake(DynamicPropertyRegistry registry) {
        registry.add("crimelake.lake.lake-uri", () -> "file:" + EMPTY.resolve("lake"));
        registry.add("crimelake.lake.data-dir", EMPTY::toString);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startsAndReportsHealthUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void writesAnswersWithTheConverterThatKeepsTheirJson() {
        assertThat(handlers.getMessageConverters().stream()
                        .filter(converter -> converter.canWrite(Snapshotted.class, MediaType.APPLICATION_JSON))
                        .findFirst()
                        .map(converter -> converter.getClass().getSimpleName()))
                .hasValue("SnapshottedJsonConverter");
    }

    @Test
    void metaSaysThereIsNoDataYet() throws Exception {
        HttpResponse<String> response = get("/api/analytics/meta");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"hasData\":false").contains("No data yet");
    }

    @Test
    void queryEndpointsAnswerEmptyResultsWithoutData() throws Exception {
        assertThat(get("/api/analytics/timeseries?grain=week").body()).isEqualTo("{\"snapshotId\":null,\"data\":[]}");
        assertThat(get("/api/analytics/top-types?n=5").body()).contains("\"data\":[]");
        assertThat(get("/api/analytics/incidents").body()).contains("\"total\":0");
        assertThat(get("/api/analytics/map").body()).contains("\"mode\":\"areas\"");
        HttpResponse<String> export = get("/api/analytics/export.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().strip()).startsWith("id,case_number");
        assertThat(export.body().lines()).hasSize(1);
    }

    @Test
    void boundariesAreAnEmptyFeatureCollectionUntilIngestLoadsThem() throws Exception {
        HttpResponse<String> response = get("/api/analytics/boundaries");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"none\"");
        assertThat(response.body()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    @Test
    void parquetExportWithoutDataIsAValidFileWithNoRows() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/analytics/export.parquet"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        Path file = Files.write(EMPTY.resolve("empty.parquet"), response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + file
                        + "')), (SELECT count(*) FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "')))")) {
            rows.next();
            assertThat(rows.getLong(1)).as("rows").isZero();
            assertThat(rows.getLong(2)).as("columns").isEqualTo(22);
        }
    }
}
