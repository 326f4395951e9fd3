package io.crimelake.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Routes each prefix to its own upstream: four real HTTP servers that answer with their own name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteConfigurationTest {

    static final HttpServer INGEST = upstream("ingest");
    static final HttpServer LAKE = upstream("lake");
    static final HttpServer ANALYTICS = upstream("analytics");
    static final HttpServer UI = upstream("ui");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", () -> address(INGEST));
        registry.add("crimelake.gateway.lake-url", () -> address(LAKE));
        registry.add("crimelake.gateway.analytics-url", () -> address(ANALYTICS));
        registry.add("crimelake.gateway.ui-url", () -> address(UI));
    }

    @AfterAll
    static void stopUpstreams() {
        for (HttpServer server : new HttpServer[] {INGEST, LAKE, ANALYTICS, UI}) {
            server.stop(0);
        }
    }

    @Test
    void routesEachApiPrefixToItsService() throws Exception {
        assertThat(get("/api/ingest/runs")).isEqualTo("ingest /api/ingest/runs");
        assertThat(get("/api/lake/snapshots/current")).isEqualTo("lake /api/lake/snapshots/current");
        assertThat(get("/api/analytics/meta?from=2024-01-01"))
                .isEqualTo("analytics /api/analytics/meta?from=2024-01-01");
    }

    @Test
    void routesEverythingElseToTheDashboard() throws Exception {
        assertThat(get("/")).isEqualTo("ui /");
        assertThat(get("/VAADIN/build/app.js")).isEqualTo("ui /VAADIN/build/app.js");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpServer upstream(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (name + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start test upstream " + name, e);
        }
    }

    private static String address(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
