package io.crimelake.gateway.edge;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Names the client of a request: walking from the peer back through {@code X-Forwarded-For}, the first address that
 * is not a trusted proxy. Only a trusted proxy's entries are believed, so a client cannot pick its own identity.
 */
public final class ClientAddress {

    /** The header a proxy appends the address it received a request from to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;

    public ClientAddress(TrustedProxies trustedProxies) {
        this.trustedProxies = requireNonNull(trustedProxies, "trustedProxies is null");
    }

    /** The client's address as text, or {@code unknown} when the connection has none. */
    public String of(ServerHttpRequest request) {
        String hop = peer(request);
        List<String> forwarded = forwardedHops(request);
        // Right to left: each trusted hop vouches for the entry before it; the first untrusted one is the client.
        for (int i = forwarded.size() - 1; i >= 0 && trustedProxies.contains(hop); i--) {
            hop = forwarded.get(i);
        }
        return hop;
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private static List<String> forwardedHops(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty(FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }
}
