package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Whose bucket a request draws from, with ui-service (10.0.0.5) as the trusted proxy in front of the gateway. */
class RateLimitFilterTest {

    private static final WebFilterChain ANSWERED = exchange -> {
        exchange.getResponse().setStatusCode(HttpStatus.OK);
        return Mono.empty();
    };

    private final RateLimitFilter filter =
            new RateLimitFilter(2, 100, new ClientAddress(new TrustedProxies(List.of("10.0.0.0/8"))));

    @Test
    void ignoresForgedForwardedForFromAnUntrustedClient() {
        assertThat(status("203.0.113.1", "198.51.100.1")).isEqualTo(HttpStatus.OK);
        assertThat(status("203.0.113.1", "198.51.100.2")).isEqualTo(HttpStatus.OK);

        assertThat(status("203.0.113.1", "198.51.100.3")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void givesEachClientForwardedByATrustedProxyItsOwnBucket() {
        assertThat(status("10.0.0.5", "198.51.100.10")).isEqualTo(HttpStatus.OK);
        assertThat(status("10.0.0.5", "198.51.100.10")).isEqualTo(HttpStatus.OK);
        assertThat(status("10.0.0.5", "198.51.100.10")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(status("10.0.0.5", "198.51.100.11")).isEqualTo(HttpStatus.OK);
        assertThat(status("10.0.0.5", "198.51.100.12, 10.0.0.1")).isEqualTo(HttpStatus.OK);
    }

    private HttpStatusCode status(String peer, String forwardedFor) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/analytics/meta")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("X-Forwarded-For", forwardedFor));
        filter.filter(exchange, ANSWERED).block();
        return exchange.getResponse().getStatusCode();
    }
}
