package io.crimelake.gateway.edge;

import io.crimelake.gateway.problem.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Refuses {@code /api/**} request bodies above a size with 413, whether they declare a length or arrive chunked. */
public final class RequestSizeLimitFilter implements WebFilter, Ordered {

    private static final ApiPaths LIMITED = ApiPaths.of("/api/**");

    private final DataSize maxSize;

    public RequestSizeLimitFilter(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!LIMITED.matches(request)) {
            return chain.filter(exchange);
        }
        if (request.getHeaders().getContentLength() > maxSize.toBytes()) {
            return tooLarge(exchange);
        }
        // A chunked body has no length up front: count it as it streams (the routes buffer it before proxying).
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxSize.toBytes()) {
                        throw new BodyTooLargeException();
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(
                        BodyTooLargeException.class,
                        e -> exchange.getResponse().isCommitted() ? Mono.error(e) : tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.write(
                exchange,
                HttpStatus.CONTENT_TOO_LARGE,
                "request-too-large",
                "Request too large",
                "request bodies under /api are limited to " + maxSize.toBytes() + " bytes");
    }

    @Override
    public int getOrder() {
        return EdgeFilterOrder.REQUEST_SIZE;
    }

    /** Signals, from inside the body stream, that the limit was passed. */
    private static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body too large", null, false, false);
        }
    }
}
