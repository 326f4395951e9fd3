package io.crimelake.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;

import io.crimelake.gateway.problem.ProblemResponses;
import java.net.URI;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Answers an API call whose service the circuit breaker cut off with a 503 problem. */
public final class FallbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackHandler.class);
    static final String RETRY_AFTER_SECONDS = "5";

    /** Handles {@code forward:/gateway/fallback/{service}} from an API route's circuit breaker. */
    public Mono<ServerResponse> serviceUnavailable(ServerRequest request) {
        String service = request.pathVariable("service");
        logCause(request, service);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                // The request body may be unread, as for the edge's own refusals.
                .header(HttpHeaders.CONNECTION, ProblemResponses.CLOSE)
                .bodyValue(ProblemResponses.body(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        "Service unavailable",
                        service + " is not reachable",
                        originalPath(request)));
    }

    // The forward rewrote the request path; the route remembered the one the client asked for.
    private static String originalPath(ServerRequest request) {
        return request.attribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR)
                .map(urls -> ((Collection<?>) urls).iterator().next())
                .map(url -> ((URI) url).getRawPath())
                .orElse(request.path());
    }

    private static void logCause(ServerRequest request, String service) {
        request.attribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR)
                .ifPresent(cause ->
                        LOG.warn("{} unavailable for {}: {}", service, originalPath(request), cause.toString()));
    }
}
