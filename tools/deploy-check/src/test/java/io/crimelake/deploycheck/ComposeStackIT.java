package io.crimelake.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Builds every image, starts docker-compose.yml with the demo profile (simulator + MinIO), runs an ingest through the
 * gateway and reads analytics through the gateway. Needs a Docker engine with Compose v2; skipped without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {

    private static final String ADMIN_TOKEN = "compose-stack-it-admin-token";
    private static final Pattern RUN_ID = Pattern.compile("\"(?:id|runId)\"\\s*:\\s*\"([^\"]+)\"");

    @Container
    static final ComposeContainer STACK = new ComposeContainer(List.of(
                    new File(Repository.current().resolve("docker-compose.yml").toString())))
            .withEnv(Map.of(
                    "COMPOSE_PROFILES", "demo",
                    "ADMIN_TOKEN", ADMIN_TOKEN,
                    "MINIO_ACCESS_KEY", "crimelake",
                    "MINIO_SECRET_KEY", "compose-stack-it-minio-secret",
                    // Random host ports: the test reaches the gateway through Testcontainers' ambassador.
                    "GATEWAY_PORT", "0",
                    "MINIO_CONSOLE_PORT", "0",
                    "INGEST_CRON", "-"))
            .withBuild(true)
            .withRemoveVolumes(true)
            .withExposedService(
                    "gateway", 8080, Wait.forHttp("/actuator/health/readiness").forStatusCode(200))
            .withStartupTimeout(Duration.ofMinutes(20));

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void ingestsFromTheSimulatorAndServesAnalyticsThroughTheGateway() throws Exception {
        URI gateway = URI.create(
                "http://" + STACK.getServiceHost("gateway", 8080) + ":" + STACK.getServicePort("gateway", 8080));

        YearMonth now = YearMonth.now();
        String body = "{\"mode\":\"backfill\",\"start\":\"" + now.minusMonths(2) + "\",\"end\":\"" + now
                + "\",\"limit\":2000}";
        HttpResponse<String> started = send(HttpRequest.newBuilder(gateway.resolve("/api/ingest/runs"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = RUN_ID.matcher(started.body());
        assertThat(id.find()).as(started.body()).isTrue();
        String runId = id.group(1);

        awaitBody(
                gateway.resolve("/api/ingest/runs/" + runId),
                text -> text.contains("COMPLETED"),
                Duration.ofMinutes(5));

        // ingest-service hands the finished batch to lake-service itself; analytics then follows the new snapshot.
        awaitBody(
                gateway.resolve("/api/analytics/meta"),
                text -> text.contains("\"hasData\":true"),
                Duration.ofMinutes(2));

        HttpResponse<String> topTypes = send(HttpRequest.newBuilder(gateway.resolve("/api/analytics/top-types?n=5")));
        assertThat(topTypes.statusCode()).isEqualTo(200);
        assertThat(topTypes.body()).contains("\"snapshotId\"").contains("\"count\"");

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(gateway.resolve("/")));
        assertThat(dashboard.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitBody(URI uri, Predicate<String> condition, Duration timeout) throws Exception {
        assertThat(waitFor(uri, condition, timeout)).as("waiting for " + uri).isTrue();
    }

    private boolean waitFor(URI uri, Predicate<String> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri));
            if (response.statusCode() == 200 && condition.test(response.body())) {
                return true;
            }
            Thread.sleep(2_000);
        }
        return false;
    }
}
