package io.crimelake.gateway.config;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The one entry point: each service's API under its prefix, everything else (the dashboard) to ui-service. */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    @Bean
    RouteLocator crimeLakeRoutes(RouteLocatorBuilder routes, GatewayProperties upstreams) {
        return routes.routes()
                .route("ingest", r -> r.path("/api/ingest/**").uri(upstreams.ingestUrl()))
                .route("lake", r -> r.path("/api/lake/**").uri(upstreams.lakeUrl()))
                .route("analytics", r -> r.path("/api/analytics/**").uri(upstreams.analyticsUrl()))
                // Last, so the API prefixes win; also carries Vaadin's push WebSocket.
                .route("ui", r -> r.order(Ordered.LOWEST_PRECEDENCE).path("/**").uri(upstreams.uiUrl()))
                .build();
    }
}
