package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import io.crimelake.ingest.application.port.in.RunNotCompletedException;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.domain.RunConflictException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.DatabindException;

/** Maps each failure kind once to an RFC 9457 problem detail. */
@RestControllerAdvice(assignableTypes = {IngestRunController.class, AdminSessionController.class})
class ProblemDetailsAdvice {

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRunRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid run request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "the body must be a JSON object with optional mode, start, end, fromCsv, limit and pageSize");
        problem.setTitle("Unreadable run request");
        // Jackson knows which property had the wrong type, e.g. "limit": "many".
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            problem.setProperty("field", databind.getPath().getLast().getPropertyName());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(RunConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("A run is already in progress");
        problem.setProperty("runningRunId", e.runningRunId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notCompleted(RunNotCompletedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Run not completed");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail lakeUnavailable(LakeUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setTitle("lake-service did not take the batch; it stays staged");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RunNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Run not found");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessDenied(AdminAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.status() == HttpStatus.UNAUTHORIZED ? "Authentication required" : "Not allowed");
        var response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(problem);
    }
}
