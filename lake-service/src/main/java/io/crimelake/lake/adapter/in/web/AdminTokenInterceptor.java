package io.crimelake.lake.adapter.in.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with {@code Authorization: Bearer <ADMIN_TOKEN>}, compared in constant time;
 * with no token configured the admin endpoints refuse everyone rather than stand open.
 */
@Component
class AdminTokenInterceptor implements HandlerInterceptor {
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    AdminTokenInterceptor(@Value("${crimelake.lake.admin-token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (token == null) {
            throw new AdminAccessException(
                    HttpStatus.FORBIDDEN, "admin endpoints are disabled: ADMIN_TOKEN is not set on lake-service");
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AdminAccessException(HttpStatus.UNAUTHORIZED, "send Authorization: Bearer <ADMIN_TOKEN>");
        }
        byte[] presented = header.substring(BEARER.length()).strip().getBytes(UTF_8);
        if (!MessageDigest.isEqual(presented, token)) {
            throw new AdminAccessException(HttpStatus.FORBIDDEN, "the bearer token is not the admin token");
        }
        return true;
    }
}
