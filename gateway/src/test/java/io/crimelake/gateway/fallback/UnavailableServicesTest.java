package io.crimelake.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.gateway.support.GatewayClient;
import io.crimelake.gateway.support.TestUpstream;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A down or too-slow service becomes a fast 503 answered by the gateway, while the gateway itself stays ready. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1500ms")
class UnavailableServicesTest {

    static final TestUpstream INGEST = TestUpstream.healthy("ingest");
    static final TestUpstream LAKE = TestUpstream.reportingDown("lake");

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    GatewayClient gateway;

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("crimelake.gateway.ingest-url", INGEST::url);
        registry.add("crimelake.gateway.lake-url", LAKE::url);
        registry.add("crimelake.gateway.analytics-url", TestUpstream::nothingListening);
        registry.add("crimelake.gateway.ui-url", TestUpstream::nothingListening);
    }

    @AfterAll
    static void stopUpstreams() {
        INGEST.stop();
        LAKE.stop();
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
    }

    @Test
    void answersAServiceThatIsDownWithA503Problem() {
        gateway.get("/api/analytics/meta"); // warms the gateway up, so the timing below is about the fallback
        Instant start = Instant.now();
        HttpResponse<String> response = gateway.get("/api/analytics/meta?from=2024-01-01");

        // Well under the 1.5 s response timeout: a refused connection is not waited for.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(750));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"title\":\"Service unavailable\"")
                .contains("\"status\":503")
                .contains("\"detail\":\"analytics-service is not reachable\"")
                .contains("\"instance\":\"/api/analytics/meta\"");
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresAndKeepsAnswering503() {
        for (int i = 0; i < 10; i++) {
            gateway.get("/api/analytics/top-types");
        }

        assertThat(breakers.getCircuitBreakerRegistry()
                        .circuitBreaker("analytics-service")
                        .getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        HttpResponse<String> whileOpen = gateway.get("/api/analytics/top-types");
        assertThat(whileOpen.statusCode()).isEqualTo(503);
        assertThat(whileOpen.body()).contains("\"instance\":\"/api/analytics/top-types\"");
    }

    @Test
    void answersAServiceSlowerThanTheResponseTimeoutWithA503Problem() {
        Instant start = Instant.now();
        HttpResponse<String> response = gateway.get("/api/ingest/runs?delayMs=5000");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(4000));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"detail\":\"ingest-service is not reachable\"");
    }

    @Test
    void waitsForASlowAnswerWithinTheResponseTimeout() {
        // Longer than Resilience4j's default 1 s time limiter, which must not cut calls short.
        HttpResponse<String> response = gateway.get("/api/ingest/runs?delayMs=1200");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("ingest GET /api/ingest/runs");
    }

    @Test
    void showsAPlain503PageWhenTheDashboardIsDown() {
        HttpResponse<String> response = gateway.get("/");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("CrimeLake is unavailable");
    }

    @Test
    void reportsEachServiceInTheAggregatedHealth() {
        HttpResponse<String> response = gateway.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .startsWith("{\"status\":\"DOWN\"")
                .containsPattern("\"ingest-service\":\\{\"status\":\"UP\",\"latencyMs\":\\d+}")
                .containsPattern("\"lake-service\":\\{\"status\":\"DOWN\",\"latencyMs\":\\d+}")
                .containsPattern("\"analytics-service\":\\{\"status\":\"UNREACHABLE\",\"latencyMs\":\\d+}")
                .containsPattern("\"ui-service\":\\{\"status\":\"UNREACHABLE\",\"latencyMs\":\\d+}");
    }

    @Test
    void staysReadyWhileServicesAreDown() {
        HttpResponse<String> readiness = gateway.get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }
}
