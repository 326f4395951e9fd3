package io.crimelake.ingest.application.port.in;

/** Thrown when an action needs a completed run, such as handing its batch to the lake. */
public final class RunNotCompletedException extends RuntimeException {
    public RunNotCompletedException(String message) {
        super(message);
    }
}
