package io.crimelake.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    private final ClientAddress behindPrivateProxies =
            new ClientAddress(new TrustedProxies(List.of("127.0.0.0/8", "10.0.0.0/8", "fc00::/7")));

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindPrivateProxies.of(request("203.0.113.50", "198.51.100.7")))
                .isEqualTo("203.0.113.50");
    }

    @Test
    void takesTheRightMostUntrustedHopBehindTrustedProxies() {
        // The client forged 192.0.2.1; the ingress (10.0.0.1) appended the address it really saw, 198.51.100.7.
        ServerHttpRequest request = request("10.0.0.9", " 192.0.2.1 , 198.51.100.7, 10.0.0.1");

        assertThat(behindPrivateProxies.of(request)).isEqualTo("198.51.100.7");
    }

    @Test
    void readsEveryForwardedForHeaderLineInOrder() {
        ServerHttpRequest request = MockServerHttpRequest.get("/api/analytics/meta")
                .remoteAddress(new InetSocketAddress("127.0.0.1", 41000))
                .header("X-Forwarded-For", "198.51.100.7")
                .header("X-Forwarded-For", "10.0.0.1")
                .build();

        assertThat(behindPrivateProxies.of(request)).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheLeftMostHopWhenEveryHopIsTrusted() {
        assertThat(behindPrivateProxies.of(request("127.0.0.1", "10.1.2.3, 10.0.0.1")))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void takesAHopThatIsNoAddressAsTheClientWithoutResolvingIt() {
        assertThat(behindPrivateProxies.of(request("10.0.0.9", "localhost"))).isEqualTo("localhost");
    }

    @Test
    void matchesIpv6Ranges() {
        assertThat(behindPrivateProxies.of(request("fd00::1", "2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void fallsBackToThePeerWithoutTheHeader() {
        ServerHttpRequest direct = MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("10.0.0.9", 41000))
                .build();

        assertThat(behindPrivateProxies.of(direct)).isEqualTo("10.0.0.9");
    }

    @Test
    void trustsNoProxyWhenNoneIsConfigured() {
        ClientAddress direct = new ClientAddress(new TrustedProxies(List.of("")));

        assertThat(direct.of(request("127.0.0.1", "198.51.100.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesARangeThatIsNoAddressNamingTheVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/8", "proxy.internal")))
                .withMessageContaining("GATEWAY_TRUSTED_PROXIES")
                .withMessageContaining("proxy.internal");
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")));
    }

    private static ServerHttpRequest request(String peer, String forwardedFor) {
        return MockServerHttpRequest.get("/api/analytics/meta")
                .remoteAddress(new InetSocketAddress(peer, 41000))
                .header("X-Forwarded-For", forwardedFor)
                .build();
    }
}
