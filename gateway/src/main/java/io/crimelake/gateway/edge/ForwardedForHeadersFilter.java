package io.crimelake.gateway.edge;

import static java.util.Objects.requireNonNull;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services which client a proxied request is for: {@code X-Forwarded-For} carries the one address
 * {@link ClientAddress} settled on. Spring Cloud Gateway drops the client's own forwarding headers first (its
 * {@code RemoveXForwardedHeadersFilter}), so nothing a client sends is passed on unchecked; ui-service appends to this
 * header on its calls back through the gateway, so each dashboard user keeps its own rate-limit bucket.
 */
public final class ForwardedForHeadersFilter implements HttpHeadersFilter, Ordered {

    private final ClientAddress clientAddress;

    public ForwardedForHeadersFilter(ClientAddress clientAddress) {
        this.clientAddress = requireNonNull(clientAddress, "clientAddress is null");
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set(ClientAddress.FORWARDED_FOR, clientAddress.of(exchange.getRequest()));
        return headers;
    }

    /** After the gateway's own removal of forwarding headers (order 0). */
    @Override
    public int getOrder() {
        return 1;
    }
}
