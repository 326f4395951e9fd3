package io.crimelake.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.crimelake.simulator.fault.Fault;
import java.io.IOException;
import java.util.Map;

/** Answers a request with the error status a fault stands for, instead of the real response. */
final class FaultResponder {

    private static final String UNAVAILABLE_PAGE =
            "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                    + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>";

    private FaultResponder() {}

    static void respond(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault.kind()) {
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders()
                        .set("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
                HttpResponses.sendError(exchange, 429, "too_many_requests", "Too many requests; slow down");
            }
            case TOO_MANY_REQUESTS_WITHOUT_RETRY_AFTER ->
                HttpResponses.sendError(exchange, 429, "too_many_requests", "Too many requests; slow down");
            case SERVER_ERROR -> HttpResponses.sendError(exchange, 500, "internal_error", "Internal error");
            case SERVICE_UNAVAILABLE -> HttpResponses.send(exchange, 503, "text/html;charset=utf-8", UNAVAILABLE_PAGE);
            case STILL_PROCESSING ->
                HttpResponses.sendJson(
                        exchange,
                        202,
                        Map.of(
                                "code", "processing",
                                "error", false,
                                "message", "The query is still being processed; repeat the request for the result"));
            default -> throw new IllegalArgumentException(fault.kind() + " does not replace the response");
        }
    }
}
