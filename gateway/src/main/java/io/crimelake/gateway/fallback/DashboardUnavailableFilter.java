package io.crimelake.gateway.fallback;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns a failed call to ui-service into a small plain 503 page. A filter rather than a forward fallback, because a
 * fallback URI makes the gateway buffer every request body of the route, and dashboard uploads have no size limit.
 */
public final class DashboardUnavailableFilter implements GatewayFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardUnavailableFilter.class);
    private static final byte[] PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>CrimeLake is unavailable</title></head>
            <body><h1>CrimeLake is unavailable</h1>
            <p>The dashboard is not reachable right now. It may be starting; try again in a few seconds.</p>
            </body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(error -> {
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(error);
            }
            LOG.warn("ui-service unavailable for {}: {}", exchange.getRequest().getPath(), error.toString());
            return page(exchange.getResponse());
        });
    }

    private static Mono<Void> page(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        headers.setContentLength(PAGE.length);
        headers.set(HttpHeaders.RETRY_AFTER, FallbackHandler.RETRY_AFTER_SECONDS);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(PAGE)));
    }
}
