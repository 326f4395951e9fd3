package io.crimelake.analytics.domain;

/** A query could not be answered now but may succeed when retried: it timed out or the service is at capacity. */
public class QueryUnavailableException extends RuntimeException {

    public QueryUnavailableException(String message) {
        super(message);
    }

    /** The query ran longer than the configured timeout and was interrupted. */
    public static QueryUnavailableException timedOut(long timeoutMillis) {
        return new QueryUnavailableException("the query was cut after " + timeoutMillis + " ms; narrow the filter");
    }

    /** Every query slot stayed busy for longer than the configured wait. */
    public static QueryUnavailableException atCapacity() {
        return new QueryUnavailableException("all query slots are busy; retry shortly");
    }
}
