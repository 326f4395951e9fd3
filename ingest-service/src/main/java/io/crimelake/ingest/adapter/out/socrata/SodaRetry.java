package io.crimelake.ingest.adapter.out.socrata;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the retry policy for portal requests: exponential backoff with jitter, or the server's Retry-After. */
final class SodaRetry {
    private static final Logger LOG = LoggerFactory.getLogger(SodaRetry.class);
    private static final double MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;

    private SodaRetry() {}

    /** @param retries counts every retry, for the {@code crimelake.ingest.retries} metric */
    static Retry create(SodaSettings settings, Counter retries) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                settings.initialBackoff(), MULTIPLIER, JITTER, settings.maxBackoff());
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(RetryableSourceException.class::isInstance)
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof RetryableSourceException retryable) {
                        var asked = retryable.retryAfter();
                        if (asked.isPresent()) {
                            return min(asked.get(), settings.maxBackoff()).toMillis();
                        }
                    }
                    return backoff.apply(attempt);
                })
                .build();
        Retry retry = Retry.of("socrata", config);
        retry.getEventPublisher().onRetry(event -> retries.increment());
        retry.getEventPublisher()
                .onRetry(event -> LOG.warn(
                        "soda retry attempt={} wait_ms={} reason={}",
                        event.getNumberOfRetryAttempts(),
                        event.getWaitInterval().toMillis(),
                        event.getLastThrowable() == null
                                ? ""
                                : event.getLastThrowable().getMessage()));
        return retry;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
