package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** Without a configured ADMIN_TOKEN admin calls are refused, never let through. */
class AdminTokenFilterTest {

    @Test
    void refusesAdminCallsWhenAdminTokenIsNotConfigured() {
        for (String unset : new String[] {null, "", "  "}) {
            AtomicBoolean forwarded = new AtomicBoolean();
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/ingest/runs")
                    .header("Authorization", "Bearer ")
                    .build());

            new AdminTokenFilter(unset)
                    .filter(exchange, e -> Mono.fromRunnable(() -> forwarded.set(true)))
                    .block();

            assertThat(forwarded).as("forwarded with token '%s'", unset).isFalse();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(exchange.getResponse().getBodyAsString().block()).contains("ADMIN_TOKEN is not configured");
        }
    }

    @Test
    void stillServesReadsWhenAdminTokenIsNotConfigured() {
        AtomicBoolean forwarded = new AtomicBoolean();
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/ingest/runs").build());

        new AdminTokenFilter(null)
                .filter(exchange, e -> Mono.fromRunnable(() -> forwarded.set(true)))
                .block();

        assertThat(forwarded).isTrue();
    }
}
