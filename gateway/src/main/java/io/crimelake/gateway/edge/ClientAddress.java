package io.crimelake.gateway.edge;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Names the client of a request: the first X-Forwarded-For hop behind a trusted proxy, else the peer address. */
public final class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final boolean trustForwardedFor;

    /**
     * @param trustForwardedFor true only when a proxy in front of the gateway sets X-Forwarded-For;
     *     otherwise any client could pick its own identity and escape its rate limit
     */
    public ClientAddress(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    /** The client's address as text, or {@code unknown} when the connection has none. */
    public String of(ServerHttpRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().getFirst(FORWARDED_FOR);
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",", 2)[0].strip();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
