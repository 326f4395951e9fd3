package io.crimelake.gateway.edge;

import io.crimelake.gateway.problem.ProblemResponses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Lets a state-changing call into ingest-service or lake-service through only with the admin bearer token. */
public final class AdminTokenFilter implements WebFilter, Ordered {

    private static final ApiPaths ADMIN_APIS = ApiPaths.of("/api/ingest/**", "/api/lake/**");
    // Everything else counts as state-changing, so an unusual method cannot slip past.
    private static final Set<HttpMethod> READ_ONLY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String BEARER = "Bearer ";

    private final byte[] adminToken;

    /** @param adminToken the expected token; null or blank refuses every admin call */
    public AdminTokenFilter(String adminToken) {
        this.adminToken =
                adminToken == null || adminToken.isBlank() ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (READ_ONLY.contains(request.getMethod()) || !ADMIN_APIS.matches(request)) {
            return chain.filter(exchange);
        }
        if (adminToken == null) {
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "admin-token-not-configured",
                    "Admin calls disabled",
                    "ADMIN_TOKEN is not configured on the gateway, so admin calls are refused");
        }
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crimelake\"");
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    "admin-token-missing",
                    "Admin token required",
                    "send Authorization: Bearer <ADMIN_TOKEN> for this call");
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(adminToken, presented)) {
            return ProblemResponses.write(
                    exchange,
                    HttpStatus.FORBIDDEN,
                    "admin-token-wrong",
                    "Wrong admin token",
                    "the admin token does not match");
        }
        // The header stays on the request: the services check it again.
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return EdgeFilterOrder.ADMIN_TOKEN;
    }
}
