package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    private final ServerHttpRequest forwarded = MockServerHttpRequest.get("/api/analytics/meta")
            .remoteAddress(new InetSocketAddress("10.0.0.9", 41000))
            .header("X-Forwarded-For", " 198.51.100.7 , 10.0.0.1")
            .build();

    @Test
    void ignoresForwardedForUnlessTrusted() {
        assertThat(new ClientAddress(false).of(forwarded)).isEqualTo("10.0.0.9");
    }

    @Test
    void takesTheFirstForwardedHopWhenTrusted() {
        assertThat(new ClientAddress(true).of(forwarded)).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToThePeerWhenTrustedHeaderIsMissing() {
        ServerHttpRequest direct = MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("10.0.0.9", 41000))
                .build();

        assertThat(new ClientAddress(true).of(direct)).isEqualTo("10.0.0.9");
    }
}
