package io.crimelake.gateway.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway enforces at the edge: admin token, rate limit, body size, browser policy and health-check timeout.
 *
 * @param adminToken {@code ADMIN_TOKEN}; blank means admin calls are refused
 * @param rateLimitPerMinute {@code RATE_LIMIT_PER_MINUTE}, API requests per client per minute
 * @param rateLimitClients {@code RATE_LIMIT_CLIENTS}, how many clients' buckets are kept in memory
 * @param trustedProxies {@code GATEWAY_TRUSTED_PROXIES}, comma-separated CIDR ranges of proxies whose X-Forwarded-For
 *     entries are believed (ui-service, an ingress); empty believes none
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

        List<String> trustedProxies,

        @NotNull(message = "MAX_REQUEST_SIZE must be set, e.g. 1MB")
        DataSize maxRequestSize,

        @NotBlank(message = "CONTENT_SECURITY_POLICY must not be blank")
        String contentSecurityPolicy,

        @NotNull(message = "HEALTH_TIMEOUT must be set, e.g. 2s")
        Duration healthTimeout) {

    public EdgeProperties {
        // An empty GATEWAY_TRUSTED_PROXIES may bind as null; either way it means: believe no proxy.
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
