package io.crimelake.lake;

import static io.crimelake.lake.testing.CrimeRecords.APRIL;
import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port over a local folder lake, driven the way ingest-service drives it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LakeServiceApplicationTest {
    private static final String TOKEN = "test-admin-token";

    @TempDir
    static Path folder;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void lakeInTemporaryFolder(DynamicPropertyRegistry registry) {
        registry.add("crimelake.lake.lake-uri", () -> "file:" + folder.resolve("lake"));
        registry.add("crimelake.lake.data-dir", () -> folder.resolve("data").toString());
        registry.add("crimelake.lake.admin-token", () -> TOKEN);
    }

    @Test
    void startsAndReportsHealthUp() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/health")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void compactsAStagedBatchAndPublishesItAsTheCurrentSnapshot() throws Exception {
        Path staged = Files.createDirectories(folder.resolve("lake/_staging/crimes/" + runId(1)));
        try (var writer = LakeParquetWriter.create(CrimesDataset.definition(), staged.resolve("part-000001.parquet"))) {
            writer.write(crime(1, MARCH, MARCH, 1));
            writer.write(crime(2, APRIL, APRIL, 1));
        }

        HttpResponse<String> compaction = send(HttpRequest.newBuilder(uri("/api/lake/compactions"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"dataset\":\"crimes\",\"batchId\":\"" + runId(1) + "\"}")));

        assertThat(compaction.statusCode()).isEqualTo(200);
        assertThat(compaction.body()).contains("\"rowsInserted\":2", "\"rowsUpdated\":0", "\"partitionsRewritten\":2");
        HttpResponse<String> current = send(HttpRequest.newBuilder(uri("/api/lake/snapshots/current")));
        assertThat(current.statusCode()).isEqualTo(200);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        assertThat(send(HttpRequest.newBuilder(uri("/api/lake/snapshots/current"))
                                .header("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        try (Stream<Path> files = Files.walk(folder.resolve("lake/crimes"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".parquet")))
                    .hasSize(2);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
