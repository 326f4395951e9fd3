package io.crimelake.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.gateway.support.GatewayClient;
import io.crimelake.gateway.support.TestUpstream;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Routes each prefix to its own upstream: four real HTTP servers that answer with their own name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteConfigurationTest {

    static final TestUpstream INGEST = TestUpstream.healthy("ingest");
    static final TestUpstream LAKE = TestUpstream.healthy("lake");
    static final TestUpstream ANALYTICS = TestUpstream.healthy("analytics");
    static final TestUpstream UI = TestUpstream.healthy("ui");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", INGEST::url);
        registry.add("crimelake.gateway.lake-url", LAKE::url);
        registry.add("crimelake.gateway.analytics-url", ANALYTICS::url);
        registry.add("crimelake.gateway.ui-url", UI::url);
    }

    @AfterAll
    static void stopUpstreams() {
        for (TestUpstream upstream : new TestUpstream[] {INGEST, LAKE, ANALYTICS, UI}) {
            upstream.stop();
        }
    }

    @Test
    void routesEachApiPrefixToItsService() throws Exception {
        assertThat(get("/api/ingest/runs")).isEqualTo("ingest GET /api/ingest/runs");
        assertThat(get("/api/lake/snapshots/current")).isEqualTo("lake GET /api/lake/snapshots/current");
        assertThat(get("/api/analytics/meta?from=2024-01-01"))
                .isEqualTo("analytics GET /api/analytics/meta?from=2024-01-01");
    }

    @Test
    void routesEverythingElseToTheDashboard() throws Exception {
        assertThat(get("/")).isEqualTo("ui GET /");
        assertThat(get("/VAADIN/build/app.js")).isEqualTo("ui GET /VAADIN/build/app.js");
    }

    private String get(String path) {
        HttpResponse<String> response = new GatewayClient(port).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
