package io.crimelake.lake;

import static io.crimelake.lake.testing.CrimeRecords.APRIL;
import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.testing.DamagedPages;
import io.crimelake.lake.testing.DamagedPages.Damage;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void stagedFileWithADamagedDataPageIs422NamingItAndTheLakeStaysAsItWas() throws Exception {
        stage(runId(4), 1, crime(100, MARCH, MARCH, 4), crime(101, APRIL, APRIL, 4));
        assertThat(compact(runId(4)).statusCode()).isEqualTo(200);
        String before =
                send(HttpRequest.newBuilder(uri("/api/lake/snapshots/current"))).body();
        stage(runId(5), 1, crime(102, MARCH, MARCH, 5));
        Path damaged = stage(runId(5), 2, crime(103, MARCH, MARCH, 5), crime(104, APRIL, APRIL, 5));
        DamagedPages.damage(damaged, "primary_type", Damage.COMPRESSED_DATA);

        HttpResponse<String> compaction = compact(runId(5));

        String key = "_staging/crimes/" + runId(5) + "/part-000002.parquet";
        assertThat(compaction.statusCode()).isEqualTo(422);
        assertThat(compaction.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(compaction.body())
                .contains("\"type\":\"https://crimelake.io/problems/unreadable-batch\"", "\"file\":\"" + key + "\"")
                .doesNotContain(folder.toString());
        assertThat(send(HttpRequest.newBuilder(uri("/api/lake/snapshots/current")))
                        .body())
                .isEqualTo(before);
        assertThat(filesUnder(folder.resolve("lake/_journal"))).isEmpty();
        assertThat(filesUnder(folder.resolve("data/lake-service/work"))).isEmpty();
        stage(runId(6), 1, crime(105, APRIL, APRIL, 6));
        assertThat(compact(runId(6)).body()).as("lease released").contains("\"rowsInserted\":1");
    }

    private static Path stage(String run, int page, CrimeRecord... records) throws IOException {
        Path file = Files.createDirectories(folder.resolve("lake/_staging/crimes/" + run))
                .resolve("part-%06d.parquet".formatted(page));
        try (var writer = LakeParquetWriter.create(CrimesDataset.definition(), file)) {
            for (CrimeRecord record : records) {
                writer.write(record);
            }
        }
        return file;
    }

    private HttpResponse<String> compact(String run) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/lake/compactions"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\":\"crimes\",\"batchId\":\"" + run + "\"}")));
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
