package io.crimelake.ui.adapter.out.gateway;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Sends the browser's forwarding chain with every Feign call through the gateway, so the gateway rate-limits each
 * dashboard user on their own instead of all of them as ui-service.
 */
public final class ForwardedForInterceptor implements RequestInterceptor {
    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Override
    public void apply(RequestTemplate template) {
        BrowserAddress.forwardedFor().ifPresent(chain -> template.header(FORWARDED_FOR, chain));
    }
}
