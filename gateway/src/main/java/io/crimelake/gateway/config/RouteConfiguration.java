package io.crimelake.gateway.config;

import io.crimelake.gateway.fallback.DashboardUnavailableFilter;
import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/** The one entry point: each service's API under its prefix, everything else (the dashboard) to ui-service. */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    // The circuit breaker's forward replaces the path; this keeps the one the client asked for, for the fallback.
    private static final GatewayFilter REMEMBER_REQUEST_URL = (exchange, chain) -> {
        ServerWebExchangeUtils.addOriginalRequestUrl(
                exchange, exchange.getRequest().getURI());
        return chain.filter(exchange);
    };

    @Bean
    RouteLocator crimeLakeRoutes(RouteLocatorBuilder routes, GatewayProperties upstreams) {
        return routes.routes()
                .route("ingest", r -> api(r, "/api/ingest/**", "ingest-service", upstreams.ingestUrl()))
                .route("lake", r -> api(r, "/api/lake/**", "lake-service", upstreams.lakeUrl()))
                .route("analytics", r -> api(r, "/api/analytics/**", "analytics-service", upstreams.analyticsUrl()))
                // After the API prefixes. Vaadin's push WebSocket gets its own route without a circuit breaker: a
                // session lasts as long as the tab, so its outcome says nothing about the service's health.
                .route(
                        "ui-push",
                        r -> r.order(Ordered.LOWEST_PRECEDENCE - 1)
                                .header(HttpHeaders.UPGRADE, "(?i)websocket")
                                .and()
                                .path("/**")
                                .filters(f -> f.filter(new DashboardUnavailableFilter()))
                                .uri(upstreams.uiUrl()))
                .route(
                        "ui",
                        r -> r.order(Ordered.LOWEST_PRECEDENCE)
                                .path("/**")
                                .filters(f -> f.filter(new DashboardUnavailableFilter())
                                        .circuitBreaker(c -> c.setName("ui-service")))
                                .uri(upstreams.uiUrl()))
                .build();
    }

    // A down or slow service turns into a 503 problem answered by the gateway (see EndpointConfiguration).
    private static Buildable<Route> api(PredicateSpec route, String path, String service, URI upstream) {
        return route.path(path)
                .filters(f -> f.filter(REMEMBER_REQUEST_URL)
                        .circuitBreaker(
                                c -> c.setName(service).setFallbackUri(EndpointConfiguration.API_FALLBACK + service)))
                .uri(upstream);
    }
}
