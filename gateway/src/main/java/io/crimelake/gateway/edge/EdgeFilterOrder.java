package io.crimelake.gateway.edge;

import org.springframework.core.Ordered;

/** The order of the gateway's own web filters: outermost first, so every answer is logged and carries headers. */
final class EdgeFilterOrder {

    static final int ACCESS_LOG = Ordered.HIGHEST_PRECEDENCE;
    static final int SECURITY_HEADERS = ACCESS_LOG + 1;
    // Before the admin check, so guessing tokens is throttled too.
    static final int RATE_LIMIT = SECURITY_HEADERS + 1;
    static final int REQUEST_SIZE = RATE_LIMIT + 1;
    static final int ADMIN_TOKEN = REQUEST_SIZE + 1;

    private EdgeFilterOrder() {}
}
