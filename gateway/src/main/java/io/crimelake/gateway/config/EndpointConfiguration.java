package io.crimelake.gateway.config;

import static org.springframework.web.reactive.function.server.RequestPredicates.path;

import io.crimelake.gateway.fallback.FallbackHandler;
import io.crimelake.gateway.health.AggregatedHealthHandler;
import io.crimelake.gateway.health.UpstreamHealthProbe;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The few endpoints the gateway answers itself; their handler mapping runs before the proxy routes, so these paths
 * never reach ui-service.
 */
@Configuration(proxyBeanMethods = false)
class EndpointConfiguration {

    static final String API_FALLBACK = "forward:/gateway/fallback/";

    @Bean
    RouterFunction<ServerResponse> gatewayEndpoints(GatewayProperties upstreams, EdgeProperties edge) {
        AggregatedHealthHandler health =
                new AggregatedHealthHandler(upstreams.services(), new UpstreamHealthProbe(edge.healthTimeout()));
        FallbackHandler fallback = new FallbackHandler();
        return RouterFunctions.route()
                .GET("/api/health", health::health)
                .route(path("/gateway/fallback/{service}"), fallback::serviceUnavailable)
                .build();
    }
}
