package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.BatchNotFoundException;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.LeaseLostException;
import io.crimelake.lake.domain.UnreadableBatchException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps each failure kind once to an RFC 9457 problem detail. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPES = "https://crimelake.io/problems/";

    @ExceptionHandler
    ProblemDetail batchNotFound(BatchNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "batch-not-found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noSnapshot(NoSnapshotException e) {
        return problem(HttpStatus.NOT_FOUND, "no-snapshot", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadableBatch(UnreadableBatchException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-batch", e.getMessage());
        problem.setProperty("file", e.file());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail busy(LakeBusyException e) {
        return problem(HttpStatus.CONFLICT, "lake-busy", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail leaseLost(LeaseLostException e) {
        return problem(HttpStatus.CONFLICT, "lease-lost", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail storage(LakeStorageException e) {
        LOG.error("lake storage failed", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> adminAccess(AdminAccessException e) {
        var response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem(e.status(), "admin-token", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        return problem;
    }
}
