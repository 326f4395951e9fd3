package io.crimelake.ui.domain.admin;

/**
 * A call to ingest- or lake-service that did not succeed; the message is what the operator reads (the service's
 * problem-details {@code detail} when it sent one).
 */
public class AdminCallException extends RuntimeException {
    private final int status;

    /** @param status the HTTP status, or 0 when no answer came */
    public AdminCallException(int status, String message) {
        super(message);
        this.status = status;
    }

    public AdminCallException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, or 0 when the service could not be reached. */
    public int status() {
        return status;
    }
}
