package io.crimelake.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/** Gives each request an id (kept from X-Request-Id when sane), passes it on both ways, and logs one line per request. */
public final class AccessLogFilter implements WebFilter, Ordered {

    /** Header carrying the request id to the upstream and back to the client. */
    public static final String REQUEST_ID = "X-Request-Id";

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("io.crimelake.gateway.access");
    // Anything else is replaced, so a client cannot forge log lines or send huge ids.
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ClientAddress clientAddress;

    public AccessLogFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        String requestId = incoming != null && SANE_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> headers.set(REQUEST_ID, requestId))
                .build();
        // Before commit, because a proxied response's headers replace what is set now.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> log(exchange, requestId, signal, start));
    }

    private void log(ServerWebExchange exchange, String requestId, SignalType signal, long start) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        String outcome = switch (signal) {
            case CANCEL -> "cancelled";
            // The error handler outside this filter picks the status.
            case ON_ERROR -> "error";
            default -> status == null ? "200" : Integer.toString(status.value());
        };
        ACCESS_LOG.info(
                "requestId={} method={} path={} status={} latencyMs={} client={}",
                requestId,
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                outcome,
                (System.nanoTime() - start) / 1_000_000,
                clientAddress.of(exchange.getRequest()));
    }

    @Override
    public int getOrder() {
        return EdgeFilterOrder.ACCESS_LOG;
    }
}
