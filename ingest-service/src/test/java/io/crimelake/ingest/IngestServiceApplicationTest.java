package io.crimelake.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.simulator.SocrataSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestServiceApplicationTest {
    private static final String TOKEN = "test-admin-token";
    private static final SocrataSimulator SIMULATOR = SocrataSimulator.builder()
            .seed(5)
            .from(LocalDate.of(2024, 1, 1))
            .to(LocalDate.of(2024, 2, 29))
            .rows(600)
            .start();

    private static final FakeLakeService LAKE_SERVICE = FakeLakeService.start();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add(
                "crimelake.ingest.socrata-base-url", () -> SIMULATOR.baseUri().toString());
        registry.add(
                "crimelake.ingest.data-dir", () -> dataDir.resolve("service").toString());
        registry.add(
                "crimelake.ingest.lake-uri",
                () -> dataDir.resolve("lake").toUri().toString());
        registry.add("crimelake.ingest.admin-token", () -> TOKEN);
        registry.add("crimelake.ingest.page-limit", () -> 100);
        registry.add("crimelake.ingest.lake-url", LAKE_SERVICE::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
        LAKE_SERVICE.close();
    }

    @Test
    void startsAndReportsHealthUp() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void runsABackfillStartedOverHttpToCompletionAndRecordsTheState() throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/ingest/runs"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"mode\":\"backfill\",\"start\":\"2024-01\",\"end\":\"2024-02\"}")));
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();

        String finished = await(location, "\"status\":\"COMPLETED\"");

        assertThat(finished).contains("\"status\":\"COMPLETED\"", "\"rowsFetched\":600", "\"totalRows\":600");
        // The batch is handed to lake-service just after the run is saved as completed.
        assertThat(await(location, "\"handoff\":{"))
                .contains("\"snapshotId\":41", "\"rowsInserted\":590", "\"rowsUpdated\":10");
        String runId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(LAKE_SERVICE.requests())
                .containsExactly("Bearer " + TOKEN + " {\"dataset\":\"crimes\",\"batchId\":\"" + runId + "\"}");
        assertThat(send(HttpRequest.newBuilder(uri("/api/ingest/state"))).body())
                .contains("\"rowsLastRun\":600", "\"datasetId\":\"ijzp-q8t2\"");
        assertThat(dataDir.resolve("lake/_staging/crimes/" + location.substring(location.lastIndexOf('/') + 1)))
                .isDirectoryContaining("glob:**/part-000006.parquet");
    }

    @Test
    void checksTheAdminTokenWithoutChangingAnything() throws Exception {
        HttpRequest.Builder session = HttpRequest.newBuilder(uri("/api/ingest/admin/session"));

        assertThat(send(session.copy().header("Authorization", "Bearer " + TOKEN))
                        .statusCode())
                .isEqualTo(204);
        assertThat(send(session.copy().header("Authorization", "Bearer not-" + TOKEN))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(session.copy()).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesACsvBootstrapOutsideTheImportFolderUnderDataDir() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/ingest/runs"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"csv\",\"fromCsv\":\"../state/x.csv\"}")));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JsonMapper.shared().readTree(refused.body());
        assertThat(problem.path("field").asString()).isEqualTo("fromCsv");
        assertThat(problem.path("detail").asString())
                .contains("place files in " + dataDir.resolve("service/import").toAbsolutePath());
    }

    @Test
    void publishesAnOpenApiDocumentOfTheIngestApi() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v3/api-docs")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JsonMapper.shared().readTree(response.body());
        assertThat(document.path("info").path("title").asString()).isEqualTo("CrimeLake ingest-service");
        assertThat(document.path("paths").propertyNames())
                .contains(
                        "/api/ingest/runs",
                        "/api/ingest/runs/{id}",
                        "/api/ingest/runs/{id}/handoff",
                        "/api/ingest/state",
                        "/api/ingest/admin/session")
                .noneMatch(path -> path.startsWith("/actuator"));
        assertThat(document.path("paths").path("/api/ingest/runs").propertyNames())
                .containsExactlyInAnyOrder("get", "post");
    }

    private String await(String location, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = send(HttpRequest.newBuilder(uri(location))).body();
            if (body.contains(expected) || body.contains("\"status\":\"FAILED\"")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + location + " never showed " + expected + ": " + body);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
