package io.crimelake.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Adds browser security headers to every response, proxied or the gateway's own, unless the service set them. */
public final class SecurityHeadersFilter implements WebFilter, Ordered {

    private final String contentSecurityPolicy;

    /** @param contentSecurityPolicy the policy sent to browsers; must allow what Vaadin needs (see README) */
    public SecurityHeadersFilter(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // Before commit, because proxied responses copy the upstream's headers in late.
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
            setIfAbsent(headers, "Content-Security-Policy", contentSecurityPolicy);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }

    @Override
    public int getOrder() {
        return EdgeFilterOrder.SECURITY_HEADERS;
    }
}
