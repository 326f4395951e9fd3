package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach a SODA 2.x portal and how hard to try.
 *
 * @param baseUri the portal root, e.g. {@code https://data.cityofchicago.org/}
 * @param appToken sent as {@code X-App-Token} when not blank; raises the portal's rate limits
 * @param requestTimeout longest wait for a response to start, and for the next bytes of a body
 * @param maxAttempts attempts per request before giving up, the first one included
 * @param initialBackoff first wait before retrying; later waits grow exponentially with jitter
 * @param maxBackoff longest wait between attempts, also the cap on a server's {@code Retry-After}
 */
public record SodaSettings(
        URI baseUri,
        String appToken,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff) {

    public SodaSettings {
        requireNonNull(baseUri, "baseUri is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        // Resilience4j rejects waits shorter than a millisecond.
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 1 ms <= initialBackoff <= maxBackoff");
        }
        String root = baseUri.toString();
        baseUri = root.endsWith("/") ? baseUri : URI.create(root + "/");
    }

    boolean hasAppToken() {
        return appToken != null && !appToken.isBlank();
    }
}
