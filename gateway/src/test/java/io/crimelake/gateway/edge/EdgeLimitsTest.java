package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.gateway.support.GatewayClient;
import io.crimelake.gateway.support.TestUpstream;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Per-client rate limit and request-size limit on the APIs; the test client connects from loopback, a trusted proxy by
 * default, so each test is its own client via X-Forwarded-For.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crimelake.gateway.edge.rate-limit-per-minute=3", "crimelake.gateway.edge.max-request-size=1KB"})
class EdgeLimitsTest {

    static final TestUpstream ANALYTICS = TestUpstream.healthy("analytics");
    static final TestUpstream UI = TestUpstream.healthy("ui");

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.lake-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.analytics-url", ANALYTICS::url);
        registry.add("crimelake.gateway.ui-url", UI::url);
    }

    @AfterAll
    static void stopUpstreams() {
        ANALYTICS.stop();
        UI.stop();
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    @Test
    void answers429WithRetryAfterOncePastTheLimit() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> allowed = getAs("203.0.113.1", "/api/analytics/meta");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(2 - i));
        }

        HttpResponse<String> limited = getAs("203.0.113.1", "/api/analytics/meta");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429").contains("\"title\":\"Too many requests\"");
    }

    @Test
    void keepsASeparateBucketPerClient() {
        for (int i = 0; i < 4; i++) {
            getAs("203.0.113.2", "/api/analytics/meta");
        }

        assertThat(getAs("203.0.113.2", "/api/analytics/meta").statusCode()).isEqualTo(429);
        assertThat(getAs("203.0.113.3, 10.0.0.1", "/api/analytics/meta").statusCode())
                .isEqualTo(200);
    }

    @Test
    void tellsTheServiceWhichClientItServes() {
        getAs("192.0.2.66, 203.0.113.9, 10.0.0.1", "/api/analytics/meta");

        assertThat(ANALYTICS.lastHeaders().get("X-Forwarded-For")).containsExactly("203.0.113.9");
    }

    @Test
    void doesNotLimitTheDashboard() {
        for (int i = 0; i < 5; i++) {
            assertThat(getAs("203.0.113.4", "/VAADIN/build/app.js").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesADeclaredBodyOverTheLimitWith413() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/analytics/query")
                .header("X-Forwarded-For", "203.0.113.5")
                .POST(BodyPublishers.ofString("x".repeat(1025))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWith413() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/analytics/query")
                .header("X-Forwarded-For", "203.0.113.6")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096]))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void forwardsABodyWithinTheLimit() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/analytics/query")
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"limit\":10}".getBytes()))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ANALYTICS.lastBody()).isEqualTo("{\"limit\":10}");
    }

    @Test
    void doesNotLimitBodiesSentToTheDashboard() {
        HttpResponse<String> response = gateway.send(gateway.request("/VAADIN/upload")
                .header("X-Forwarded-For", "203.0.113.8")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[8192]))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(UI.lastBody()).hasSize(8192);
    }

    private HttpResponse<String> getAs(String forwardedFor, String path) {
        return gateway.send(
                gateway.request(path).header("X-Forwarded-For", forwardedFor).GET());
    }
}
