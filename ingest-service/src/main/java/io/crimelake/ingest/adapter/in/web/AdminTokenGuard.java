package io.crimelake.ingest.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the {@code Authorization: Bearer <ADMIN_TOKEN>} header of admin requests. */
final class AdminTokenGuard {
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    /** @param adminToken the configured token; null or blank refuses every request */
    AdminTokenGuard(String adminToken) {
        this.expected = adminToken == null || adminToken.isBlank() ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws AdminAccessDeniedException 401 without a bearer token, 403 with a wrong one or when no token is
     *     configured
     */
    void check(String authorization) {
        if (expected == null) {
            throw AdminAccessDeniedException.forbidden("ADMIN_TOKEN is not set, so admin calls are refused over HTTP");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AdminAccessDeniedException.unauthorized("an Authorization: Bearer <ADMIN_TOKEN> header is required");
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // Constant time, so response timing does not reveal how much of the token was right.
        if (!MessageDigest.isEqual(expected, presented)) {
            throw AdminAccessDeniedException.forbidden("the bearer token is not the admin token");
        }
    }
}
