package io.crimelake.ingest.adapter.out.socrata;

import java.time.Duration;
import java.util.Optional;

/** A failure worth another attempt: throttling, a busy or broken server, a dropped or cut-off response. */
final class RetryableSourceException extends RuntimeException {
    private final transient Duration retryAfter;

    RetryableSourceException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, if it named one. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
