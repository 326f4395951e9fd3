package io.crimelake.lake.adapter.in.web;

import org.springframework.http.HttpStatus;

/** Thrown when a call to an admin endpoint lacks the right bearer token. */
final class AdminAccessException extends RuntimeException {
    private final HttpStatus status;

    AdminAccessException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
