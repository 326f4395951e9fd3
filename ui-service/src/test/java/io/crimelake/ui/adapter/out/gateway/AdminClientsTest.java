package io.crimelake.ui.adapter.out.gateway;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import io.crimelake.ui.adapter.out.ingest.HttpIngestRuns;
import io.crimelake.ui.adapter.out.ingest.IngestClient;
import io.crimelake.ui.adapter.out.lake.HttpLakeCatalog;
import io.crimelake.ui.adapter.out.lake.LakeClient;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.AdminToken;
import io.crimelake.ui.domain.admin.AdminTokenRejectedException;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeHandoff;
import io.crimelake.ui.domain.admin.LakeOverview;
import io.crimelake.ui.domain.admin.LakePartition;
import io.crimelake.ui.domain.admin.LakeSnapshot;
import io.crimelake.ui.domain.admin.RunRequest;
import io.crimelake.ui.domain.admin.RunStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin console's ingest and lake clients, with the error decoder and X-Forwarded-For interceptor configured as in
 * application.yml, against recorded JSON answers of the services and the gateway, served by a local JDK HTTP server.
 */
@SpringBootTest(classes = AdminClientsTest.Clients.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AdminClientsTest {
    private static final AdminToken TOKEN = new AdminToken("s3cret");
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVER = start();

    @Autowired
    HttpIngestRuns ingest;

    @Autowired
    HttpLakeCatalog lake;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add(
                "crimelake.gateway-url",
                () -> "http://127.0.0.1:" + SERVER.getAddress().getPort());
    }

    @BeforeEach
    void reset() {
        ANSWERS.clear();
        REQUESTS.clear();
        BrowserAddress.clear();
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Test
    void startsABackfillWithTheTokenAndMonthRange() {
        answer("POST /api/ingest/runs", 202, "/ingest/run-started.json");

        IngestRun run = ingest.start(TOKEN, new RunRequest.Backfill(YearMonth.of(2024, 1), YearMonth.of(2024, 3)));

        Request sent = REQUESTS.getFirst();
        assertThat(sent.authorization()).isEqualTo("Bearer s3cret");
        assertThat(sent.body()).isEqualTo("{\"mode\":\"backfill\",\"start\":\"2024-01\",\"end\":\"2024-03\"}");
        assertThat(run.id()).isEqualTo("20241105T101500Z-0d9f3e");
        assertThat(run.status()).isEqualTo(RunStatus.PENDING);
        assertThat(run.fractionDone()).isEmpty();
        assertThat(run.timeLeft()).isNull();
    }

    @Test
    void sendsIncrementalAndCsvRequestsInIngestsWords() {
        answer("POST /api/ingest/runs", 202, "/ingest/run-started.json");

        ingest.start(TOKEN, new RunRequest.Incremental());
        ingest.start(TOKEN, new RunRequest.CsvBootstrap(" /data/crimes.csv "));

        assertThat(REQUESTS)
                .extracting(Request::body)
                .containsExactly("{\"mode\":\"incremental\"}", "{\"mode\":\"csv\",\"fromCsv\":\"/data/crimes.csv\"}");
    }

    @Test
    void readsRunsWithProgressAndWhatTheLakeMadeOfThem() {
        answer("GET /api/ingest/runs", 200, "/ingest/runs.json");

        List<IngestRun> runs = ingest.runs();

        IngestRun running = runs.getFirst();
        assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(running.mode()).isEqualTo("backfill");
        assertThat(running.pages()).isEqualTo(3);
        assertThat(running.rowsFetched()).isEqualTo(120_000);
        assertThat(running.rowsQuarantined()).isEqualTo(12);
        assertThat(running.rowsPerSecond()).isEqualTo(32_000);
        assertThat(running.timeLeft()).isEqualTo(Duration.ofSeconds(12));
        assertThat(running.fractionDone()).hasValue(0.24);
        assertThat(running.startedAt()).isEqualTo(Instant.parse("2024-11-05T09:15:01.250Z"));
        IngestRun completed = runs.get(1);
        assertThat(completed.handoff()).isEqualTo(new LakeHandoff(7L, 9500, 280, 20));
        assertThat(completed.finishedAt()).isEqualTo(Instant.parse("2024-11-04T09:15:40Z"));
    }

    @Test
    void givesTheProblemsDetailWhenARunIsRefused() {
        answer("POST /api/ingest/runs", 400, "/ingest/invalid-run.json");

        assertThatThrownBy(() -> ingest.start(TOKEN, new RunRequest.Incremental()))
                .isExactlyInstanceOf(AdminCallException.class)
                .hasMessage("end 2024-01 is before start 2024-03")
                .extracting(e -> ((AdminCallException) e).status())
                .isEqualTo(400);
    }

    @Test
    void acceptsATokenWhenIngestsSessionCheckAnswers204() {
        ANSWERS.put("GET /api/ingest/admin/session", new Answer(204, new byte[0]));

        ingest.checkToken(TOKEN);

        assertThat(REQUESTS.getFirst().authorization()).isEqualTo("Bearer s3cret");
    }

    @Test
    void recognisesARefusedToken() {
        answer("GET /api/ingest/admin/session", 403, "/ingest/session-token-wrong.json");

        assertThatThrownBy(() -> ingest.checkToken(TOKEN))
                .isInstanceOf(AdminTokenRejectedException.class)
                .hasMessage("the bearer token is not the admin token");
    }

    @Test
    void doesNotTakeAnyOtherAnswerForAnAcceptedToken() {
        answer("GET /api/ingest/admin/session", 404, "/ingest/session-not-found.json");

        assertThatThrownBy(() -> ingest.checkToken(TOKEN))
                .isExactlyInstanceOf(AdminCallException.class)
                .extracting(e -> ((AdminCallException) e).status())
                .isEqualTo(404);
    }

    @Test
    void cannotCheckATokenWhileIngestIsDown() {
        answer("GET /api/ingest/admin/session", 503, "/ingest/service-unavailable.json");

        assertThatThrownBy(() -> ingest.checkToken(TOKEN))
                .isExactlyInstanceOf(AdminCallException.class)
                .hasMessage("ingest-service is not reachable");
    }

    @Test
    void namesTheStatusWhenAnErrorIsNoProblemDocument() {
        ANSWERS.put("GET /api/ingest/runs", new Answer(502, "<html>Bad gateway</html>".getBytes(UTF_8)));

        assertThatThrownBy(() -> ingest.runs()).hasMessage("the service answered HTTP 502");
    }

    @Test
    void readsTheLakesSnapshotsAndPartitions() {
        answer("GET /api/lake/snapshots/current", 200, "/lake/snapshot-current.json");
        answer("GET /api/lake/snapshots", 200, "/lake/snapshots.json");
        answer("GET /api/lake/partitions", 200, "/lake/partitions.json");

        LakeOverview overview = lake.overview(10);

        assertThat(REQUESTS).extracting(Request::target).contains("/api/lake/snapshots?limit=10");
        assertThat(overview.current())
                .hasValue(new LakeSnapshot(
                        7, Instant.parse("2024-11-04T09:15:45.120Z"), "20241104T091500Z-77aa01", 262144, 10485760, 2));
        assertThat(overview.recent()).extracting(LakeSnapshot::id).containsExactly(7L, 6L);
        assertThat(overview.partitions())
                .first()
                .isEqualTo(new LakePartition(
                        "year=2024/month=09",
                        131072,
                        5242880,
                        LocalDateTime.of(2024, 9, 1, 0, 0),
                        LocalDateTime.of(2024, 9, 30, 23, 59),
                        Instant.parse("2024-11-04T09:15:45.120Z")));
    }

    @Test
    void showsAnEmptyLakeBeforeTheFirstSnapshot() {
        answer("GET /api/lake/snapshots/current", 404, "/lake/no-snapshot.json");
        ANSWERS.put("GET /api/lake/snapshots", new Answer(200, "[]".getBytes(UTF_8)));
        ANSWERS.put("GET /api/lake/partitions", new Answer(200, "[]".getBytes(UTF_8)));

        LakeOverview overview = lake.overview(10);

        assertThat(overview.current()).isEmpty();
        assertThat(overview.recent()).isEmpty();
        assertThat(overview.partitions()).isEmpty();
    }

    @Test
    void forwardsTheBrowsersAddressAlsoFromThreadsTheRequestStarted() throws InterruptedException {
        answer("GET /api/ingest/runs", 200, "/ingest/runs.json");
        ingest.runs();
        BrowserAddress.set("203.0.113.7, 10.0.0.2");
        ingest.runs();
        Thread worker = Thread.ofVirtual().start(ingest::runs);
        worker.join();

        assertThat(REQUESTS)
                .extracting(Request::forwardedFor)
                .containsExactly(null, "203.0.113.7, 10.0.0.2", "203.0.113.7, 10.0.0.2");
    }

    private static void answer(String request, int status, String resource) {
        try (InputStream sample = AdminClientsTest.class.getResourceAsStream(resource)) {
            ANSWERS.put(request, new Answer(status, sample.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/", AdminClientsTest::respond);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        REQUESTS.add(new Request(
                query == null ? path : path + "?" + query,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Forwarded-For"),
                new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
        Answer answer =
                ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(500, "{}".getBytes(UTF_8)));
        exchange.getResponseHeaders()
                .add("Content-Type", answer.status() < 400 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private record Answer(int status, byte[] body) {}

    private record Request(String target, String authorization, String forwardedFor, String body) {}

    /** Only Feign and the adapters: Vaadin needs a web application context, which this test does not start. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = SpringBootAutoConfiguration.class)
    @EnableFeignClients(clients = {IngestClient.class, LakeClient.class})
    static class Clients {
        @Bean
        HttpIngestRuns httpIngestRuns(IngestClient client) {
            return new HttpIngestRuns(client);
        }

        @Bean
        HttpLakeCatalog httpLakeCatalog(LakeClient client) {
            return new HttpLakeCatalog(client);
        }

        @Bean
        ForwardedForInterceptor forwardedForInterceptor() {
            return new ForwardedForInterceptor();
        }
    }
}
