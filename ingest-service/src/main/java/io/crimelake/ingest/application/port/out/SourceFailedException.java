package io.crimelake.ingest.application.port.out;

/** Thrown when the source gives up on a request, after retries where they made sense. */
public final class SourceFailedException extends RuntimeException {
    public SourceFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
