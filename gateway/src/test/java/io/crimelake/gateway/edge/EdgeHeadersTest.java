package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.crimelake.gateway.support.GatewayClient;
import io.crimelake.gateway.support.TestUpstream;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Security headers on every response, a request id carried both ways, and one access-log line per request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EdgeHeadersTest {

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
    void addsSecurityHeadersToProxiedResponses() {
        assertSecurityHeaders(gateway.get("/"));
    }

    @Test
    void addsSecurityHeadersToTheGatewaysOwnAnswers() {
        assertSecurityHeaders(gateway.get("/api/ingest/runs"));
    }

    @Test
    void allowsWhatVaadinNeedsInTheContentSecurityPolicy() {
        String policy =
                gateway.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy)
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("connect-src 'self'")
                .contains("frame-ancestors 'none'");
    }

    @Test
    void keepsAnIncomingRequestIdAndForwardsIt() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/analytics/meta")
                .header("X-Request-Id", "req-42.a")
                .GET());

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-42.a");
        assertThat(ANALYTICS.lastHeaders().getFirst("X-Request-Id")).isEqualTo("req-42.a");
    }

    @Test
    void generatesARequestIdWhenNoneOrAnUnsafeOneIsSent() {
        HttpResponse<String> none = gateway.get("/api/analytics/meta");
        String forwarded = ANALYTICS.lastHeaders().getFirst("X-Request-Id");
        HttpResponse<String> unsafe = gateway.send(gateway.request("/api/analytics/meta")
                .header("X-Request-Id", "evil id\tstatus=200")
                .GET());

        assertThat(none.headers().firstValue("X-Request-Id")).hasValue(forwarded);
        assertThat(forwarded).matches("[0-9a-f-]{36}");
        assertThat(unsafe.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void logsOneAccessLineWithIdMethodPathStatusLatencyAndClient(CapturedOutput output) {
        gateway.send(gateway.request("/api/analytics/meta?from=2024-01-01")
                .header("X-Request-Id", "log-line-1")
                .GET());

        // The line is written when the exchange completes, which may be just after the client has its answer.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getOut())
                        .containsPattern("requestId=log-line-1 method=GET path=/api/analytics/meta status=200"
                                + " latencyMs=\\d+ client=127\\.0\\.0\\.1"));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
