package io.crimelake.ingest.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an admin client (the dashboard's console) check a token before offering admin actions, without changing
 * anything. The gateway checks the token only on state-changing methods, so this service's own check is what guards
 * this GET.
 */
@RestController
class AdminSessionController {
    private final AdminTokenGuard guard;

    AdminSessionController(WebSettings settings) {
        this.guard = new AdminTokenGuard(settings.adminToken());
    }

    @Operation(
            summary = "Checks the admin bearer token",
            description = "Read-only: answers 204 when 'Authorization: Bearer <ADMIN_TOKEN>' is the admin token.")
    @ApiResponse(responseCode = "204", description = "the token is the admin token")
    @ApiResponse(responseCode = "401", description = "no bearer token (problem details)")
    @ApiResponse(responseCode = "403", description = "a wrong token, or ADMIN_TOKEN is not set (problem details)")
    @GetMapping("/api/ingest/admin/session")
    ResponseEntity<Void> session(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        guard.check(authorization);
        return ResponseEntity.noContent().build();
    }
}
