package io.crimelake.gateway.config;

import io.crimelake.gateway.edge.AccessLogFilter;
import io.crimelake.gateway.edge.AdminTokenFilter;
import io.crimelake.gateway.edge.ClientAddress;
import io.crimelake.gateway.edge.ForwardedForHeadersFilter;
import io.crimelake.gateway.edge.RateLimitFilter;
import io.crimelake.gateway.edge.RequestSizeLimitFilter;
import io.crimelake.gateway.edge.SecurityHeadersFilter;
import io.crimelake.gateway.edge.TrustedProxies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the edge filters, which run for every request before routing, from {@link EdgeProperties}. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    ClientAddress clientAddress(EdgeProperties edge) {
        return new ClientAddress(new TrustedProxies(edge.trustedProxies()));
    }

    @Bean
    ForwardedForHeadersFilter forwardedForHeadersFilter(ClientAddress clientAddress) {
        return new ForwardedForHeadersFilter(clientAddress);
    }

    @Bean
    AccessLogFilter accessLogFilter(ClientAddress clientAddress) {
        return new AccessLogFilter(clientAddress);
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter(EdgeProperties edge) {
        return new SecurityHeadersFilter(edge.contentSecurityPolicy());
    }

    @Bean
    RateLimitFilter rateLimitFilter(EdgeProperties edge, ClientAddress clientAddress) {
        return new RateLimitFilter(edge.rateLimitPerMinute(), edge.rateLimitClients(), clientAddress);
    }

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(EdgeProperties edge) {
        return new RequestSizeLimitFilter(edge.maxRequestSize());
    }

    @Bean
    AdminTokenFilter adminTokenFilter(EdgeProperties edge) {
        return new AdminTokenFilter(edge.adminToken());
    }
}
