package io.crimelake.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Small complete responses: Socrata-style JSON errors and JSON documents. */
final class HttpResponses {

    static final String JSON = "application/json;charset=utf-8";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private HttpResponses() {}

    /** Sends {@code {"code":...,"error":true,"message":...}}, the body Socrata sends with its 4xx and 5xx. */
    static void sendError(HttpExchange exchange, int status, String code, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("error", true);
        body.put("message", message);
        sendJson(exchange, status, body);
    }

    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, JSON, MAPPER.writeValueAsBytes(body));
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
