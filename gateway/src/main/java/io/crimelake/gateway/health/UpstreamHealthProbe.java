package io.crimelake.gateway.health;

import io.crimelake.gateway.health.UpstreamHealth.Status;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks one upstream's {@code /actuator/health} for its status within a short timeout. */
public final class UpstreamHealthProbe {

    private final HttpClient client;
    private final Duration timeout;

    public UpstreamHealthProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                .responseTimeout(timeout);
    }

    /** Never fails: an error or a timeout becomes {@link Status#UNREACHABLE}. */
    public Mono<UpstreamHealth> check(URI service) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return client.get()
                    .uri(service.resolve("/actuator/health").toString())
                    .responseSingle((response, body) ->
                            body.asString().defaultIfEmpty("").map(UpstreamHealthProbe::statusOf))
                    .timeout(timeout)
                    .onErrorReturn(Status.UNREACHABLE)
                    .map(status -> new UpstreamHealth(status, (System.nanoTime() - start) / 1_000_000));
        });
    }

    // Spring Boot answers 503 with a status body when DOWN, so the body decides, not the HTTP status.
    private static Status statusOf(String body) {
        try {
            JsonNode status = JsonMapper.shared().readTree(body).path("status");
            return "UP".equals(status.asString()) ? Status.UP : Status.DOWN;
        } catch (RuntimeException notJson) {
            return Status.DOWN;
        }
    }
}
