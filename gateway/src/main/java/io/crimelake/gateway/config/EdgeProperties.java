package io.crimelake.gateway.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway enforces at the edge: admin token, rate limit, body size, browser policy and health-check timeout.
 *
 * @param adminToken {@code ADMIN_TOKEN}; blank means admin calls are refused
 * @param rateLimitPerMinute {@code RATE_LIMIT_PER_MINUTE}, API requests per client per minute
 * @param rateLimitClients {@code RATE_LIMIT_CLIENTS}, how many clients' buckets are kept in memory
 * @param trustForwardedFor {@code TRUST_FORWARDED_FOR}, true only behind a proxy that sets X-Forwarded-For
 * @param maxRequestSize {@code MAX_REQUEST_SIZE} for bodies under {@code /api}
 * @param contentSecurityPolicy {@code CONTENT_SECURITY_POLICY} sent to browsers
 * @param healthTimeout {@code HEALTH_TIMEOUT} for each upstream check behind {@code /api/health}
 */
@Validated
@ConfigurationProperties("crimelake.gateway.edge")
public record EdgeProperties(
        String adminToken,

        @Min(value = 1, message = "RATE_LIMIT_PER_MINUTE must be at least 1")
        long rateLimitPerMinute,

        @Min(value = 1, message = "RATE_LIMIT_CLIENTS must be at least 1")
        long rateLimitClients,

        boolean trustForwardedFor,

        @NotNull(message = "MAX_REQUEST_SIZE must be set, e.g. 1MB")
        DataSize maxRequestSize,

        @NotBlank(message = "CONTENT_SECURITY_POLICY must not be blank")
        String contentSecurityPolicy,

        @NotNull(message = "HEALTH_TIMEOUT must be set, e.g. 2s")
        Duration healthTimeout) {}
