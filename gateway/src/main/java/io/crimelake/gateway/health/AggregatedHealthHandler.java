package io.crimelake.gateway.health;

import io.crimelake.gateway.health.UpstreamHealth.Status;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Serves {@code GET /api/health}: every upstream checked in parallel, 200 only when all are UP. */
public final class AggregatedHealthHandler {

    private final Map<String, URI> services;
    private final UpstreamHealthProbe probe;

    /** @param services service name to base URL, in the order the answer lists them */
    public AggregatedHealthHandler(Map<String, URI> services, UpstreamHealthProbe probe) {
        this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        this.probe = probe;
    }

    public Mono<ServerResponse> health(ServerRequest request) {
        return Flux.fromIterable(services.entrySet())
                .flatMapSequential(
                        service -> probe.check(service.getValue()).map(health -> Map.entry(service.getKey(), health)))
                .collect(
                        LinkedHashMap<String, UpstreamHealth>::new, (all, one) -> all.put(one.getKey(), one.getValue()))
                .flatMap(AggregatedHealthHandler::respond);
    }

    private static Mono<ServerResponse> respond(Map<String, UpstreamHealth> services) {
        boolean allUp = services.values().stream().allMatch(health -> health.status() == Status.UP);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", allUp ? Status.UP : Status.DOWN);
        body.put("services", services);
        return ServerResponse.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body);
    }
}
