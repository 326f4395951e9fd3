package io.crimelake.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** Checks the app token (header {@code X-App-Token} or parameter {@code $$app_token}); any value is accepted. */
final class AppTokens {

    private AppTokens() {}

    /** Returns whether the request may proceed; if not, a 403 has been sent. */
    static boolean accept(HttpExchange exchange, Map<String, String> parameters, ServingOptions options)
            throws IOException {
        if (!options.requireAppToken()) {
            return true;
        }
        String token = exchange.getRequestHeaders().getFirst("X-App-Token");
        if (token == null) {
            token = parameters.get("$$app_token");
        }
        if (token == null || token.isBlank()) {
            HttpResponses.sendError(exchange, 403, "permission_denied", "This simulator requires an app token");
            return false;
        }
        return true;
    }
}
