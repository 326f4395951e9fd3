package io.crimelake.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem responses for answers the gateway gives itself instead of an upstream. */
public final class ProblemResponses {

    private static final String TYPE_PREFIX = "urn:problem-type:crimelake:";

    /**
     * The gateway answers these without reading the request body. Keeping such a connection alive made the client's
     * next request on it stall for good about once in 70 (Reactor Netty under Spring Cloud Gateway, measured with 1,500
     * keep-alive POSTs, a third of them refused): closing it costs the refused client one new connection.
     */
    public static final String CLOSE = "close";

    private ProblemResponses() {}

    /**
     * Ends the exchange with an {@code application/problem+json} body.
     *
     * @param type short problem kind, for example {@code rate-limited}; becomes a URN in {@code type}
     */
    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        String instance = exchange.getRequest().getPath().value();
        byte[] body = JsonMapper.shared().writeValueAsBytes(body(status, type, title, detail, instance));

        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        response.getHeaders().setConnection(CLOSE);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** The problem document itself, for handlers that answer through {@code ServerResponse}. */
    public static Map<String, Object> body(
            HttpStatus status, String type, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", URI.create(TYPE_PREFIX + type).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }
}
