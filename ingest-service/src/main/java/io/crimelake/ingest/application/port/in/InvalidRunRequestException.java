package io.crimelake.ingest.application.port.in;

import static java.util.Objects.requireNonNull;

/** Thrown when a run request has a bad value; names the field so callers can point at it. */
public final class InvalidRunRequestException extends IllegalArgumentException {
    private final String field;

    public InvalidRunRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = requireNonNull(field, "field is null");
    }

    public String field() {
        return field;
    }
}
