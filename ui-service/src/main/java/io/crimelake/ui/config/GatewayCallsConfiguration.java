package io.crimelake.ui.config;

import io.crimelake.ui.adapter.out.gateway.BrowserAddressFilter;
import io.crimelake.ui.adapter.out.gateway.ForwardedForInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes every Feign call through the gateway carry the browser's address (a request interceptor bean applies to all
 * clients), so the gateway's per-client rate limit sees dashboard users rather than ui-service.
 */
@Configuration
public class GatewayCallsConfiguration {

    @Bean
    BrowserAddressFilter browserAddressFilter() {
        return new BrowserAddressFilter();
    }

    @Bean
    ForwardedForInterceptor forwardedForInterceptor() {
        return new ForwardedForInterceptor();
    }
}
