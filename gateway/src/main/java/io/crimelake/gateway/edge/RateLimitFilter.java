package io.crimelake.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crimelake.gateway.problem.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Gives each client a token bucket for {@code /api/**}, refilled per minute, and answers 429 when it runs dry. */
public final class RateLimitFilter implements WebFilter, Ordered {

    private static final ApiPaths LIMITED = ApiPaths.of("/api/**");

    private final long requestsPerMinute;
    private final ClientAddress clientAddress;
    private final Cache<String, Bucket> buckets;

    /**
     * @param requestsPerMinute bucket capacity and refill per minute, so a quiet client may burst up to it
     * @param maxClients buckets kept at most; the least recently used go first, which only forgives their history
     */
    public RateLimitFilter(long requestsPerMinute, long maxClients, ClientAddress clientAddress) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("RATE_LIMIT_PER_MINUTE must be at least 1, was " + requestsPerMinute);
        }
        this.requestsPerMinute = requestsPerMinute;
        this.clientAddress = clientAddress;
        // A bucket idle for a minute is full again, so dropping it loses nothing.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!LIMITED.matches(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        Bucket bucket = buckets.get(clientAddress.of(exchange.getRequest()), client -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("X-RateLimit-Limit", Long.toString(requestsPerMinute));
        headers.set("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long retryAfterSeconds =
                Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ProblemResponses.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "more than " + requestsPerMinute + " API requests per minute from this client; retry in "
                        + retryAfterSeconds + " s");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerMinute)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    @Override
    public int getOrder() {
        return EdgeFilterOrder.RATE_LIMIT;
    }
}
