package io.crimelake.simulator.fault;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A scripted fault: what goes wrong, for how many of the next matching requests, and for which paths (a prefix
 * such as {@code /resource/ijzp-q8t2.json}; {@code /} matches every request).
 */
public record Fault(FaultKind kind, int times, String pathPrefix, Duration delay, Duration retryAfter) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    public Fault {
        requireNonNull(kind, "kind is null");
        requireNonNull(pathPrefix, "pathPrefix is null");
        requireNonNull(delay, "delay is null");
        requireNonNull(retryAfter, "retryAfter is null");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with /: " + pathPrefix);
        }
        if (delay.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** The fault once, on any path, with the default delay and Retry-After. */
    public static Fault of(FaultKind kind) {
        return new Fault(kind, 1, "/", DEFAULT_DELAY, DEFAULT_RETRY_AFTER);
    }

    public Fault withTimes(int newTimes) {
        return new Fault(kind, newTimes, pathPrefix, delay, retryAfter);
    }

    public Fault withPathPrefix(String newPathPrefix) {
        return new Fault(kind, times, newPathPrefix, delay, retryAfter);
    }

    public Fault withDelay(Duration newDelay) {
        return new Fault(kind, times, pathPrefix, newDelay, retryAfter);
    }

    public Fault withRetryAfter(Duration newRetryAfter) {
        return new Fault(kind, times, pathPrefix, delay, newRetryAfter);
    }

    public boolean appliesTo(String path) {
        return path.startsWith(pathPrefix);
    }
}
