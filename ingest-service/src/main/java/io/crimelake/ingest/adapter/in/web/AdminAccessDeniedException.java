package io.crimelake.ingest.adapter.in.web;

import org.springframework.http.HttpStatus;

/** A request to an admin endpoint without the right credentials; carries the status to answer with. */
final class AdminAccessDeniedException extends RuntimeException {
    private final HttpStatus status;

    private AdminAccessDeniedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static AdminAccessDeniedException unauthorized(String message) {
        return new AdminAccessDeniedException(HttpStatus.UNAUTHORIZED, message);
    }

    static AdminAccessDeniedException forbidden(String message) {
        return new AdminAccessDeniedException(HttpStatus.FORBIDDEN, message);
    }

    HttpStatus status() {
        return status;
    }
}
