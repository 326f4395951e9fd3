package io.crimelake.gateway.config;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Upstream service addresses ({@code INGEST_URL}, {@code LAKE_URL}, {@code ANALYTICS_URL}, {@code UI_URL}).
 */
@Validated
@ConfigurationProperties("crimelake.gateway")
public record GatewayProperties(
        @NotNull(message = "INGEST_URL must be set, e.g. http://localhost:8081")
        URI ingestUrl,

        @NotNull(message = "LAKE_URL must be set, e.g. http://localhost:8082")
        URI lakeUrl,

        @NotNull(message = "ANALYTICS_URL must be set, e.g. http://localhost:8083")
        URI analyticsUrl,

        @NotNull(message = "UI_URL must be set, e.g. http://localhost:8084")
        URI uiUrl) {

    /** Every upstream by its service name, in a stable order. */
    public Map<String, URI> services() {
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("ingest-service", ingestUrl);
        services.put("lake-service", lakeUrl);
        services.put("analytics-service", analyticsUrl);
        services.put("ui-service", uiUrl);
        return services;
    }
}
