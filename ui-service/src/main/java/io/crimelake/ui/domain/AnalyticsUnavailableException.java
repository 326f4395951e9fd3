package io.crimelake.ui.domain;

/** analytics-service could not answer (down, timed out, or refused the request). */
public class AnalyticsUnavailableException extends RuntimeException {

    public AnalyticsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
