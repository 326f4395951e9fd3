package io.crimelake.ingest.application.port.out;

/** Thrown when the lake could not take a batch; the batch stays staged and is offered again later. */
public final class LakeUnavailableException extends RuntimeException {
    public LakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
