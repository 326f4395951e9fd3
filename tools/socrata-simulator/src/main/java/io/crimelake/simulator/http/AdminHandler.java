package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.crimelake.simulator.fault.FaultPlan;
import io.crimelake.simulator.synthetic.AdvanceResult;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's own control endpoints: {@code POST /_sim/advance?days=N} moves the dataset forward,
 * {@code POST /_sim/faults} scripts faults (a JSON object or array), {@code DELETE /_sim/faults} clears them.
 */
final class AdminHandler implements HttpHandler {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final IntFunction<AdvanceResult> advance;
    private final FaultPlan faults;

    AdminHandler(IntFunction<AdvanceResult> advance, FaultPlan faults) {
        this.advance = requireNonNull(advance, "advance is null");
        this.faults = requireNonNull(faults, "faults is null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try {
            if (path.equals("/_sim/advance") && method.equals("POST")) {
                String days = QueryParameters.parse(exchange.getRequestURI().getRawQuery())
                        .getOrDefault("days", "1");
                AdvanceResult result = advance.apply(Integer.parseInt(days.strip()));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("added", result.added());
                body.put("updated", result.updated());
                body.put("deleted", result.deleted());
                body.put("rowsUpdatedAt", result.rowsUpdatedAt().getEpochSecond());
                HttpResponses.sendJson(exchange, 200, body);
            } else if (path.equals("/_sim/faults") && method.equals("POST")) {
                List<Fault> added = readFaults(exchange.getRequestBody());
                added.forEach(faults::enqueue);
                HttpResponses.sendJson(
                        exchange, 200, Map.of("enqueued", added.size(), "pending", faults.pendingCount()));
            } else if (path.equals("/_sim/faults") && method.equals("DELETE")) {
                faults.clear();
                HttpResponses.sendJson(exchange, 200, Map.of("pending", 0));
            } else {
                HttpResponses.sendError(exchange, 404, "not_found", "No admin endpoint " + method + " " + path);
            }
        } catch (IllegalArgumentException | JacksonException e) {
            HttpResponses.sendError(exchange, 400, "invalid_request", e.getMessage());
        }
    }

    private static List<Fault> readFaults(InputStream body) {
        JsonNode root = MAPPER.readTree(body);
        List<Fault> faults = new ArrayList<>();
        for (JsonNode node : root.isArray() ? root : List.of(root)) {
            if (!node.hasNonNull("kind")) {
                throw new IllegalArgumentException("a fault needs a kind, e.g. {\"kind\":\"429\",\"times\":2}");
            }
            faults.add(Fault.of(FaultKind.fromToken(node.get("kind").asString()))
                    .withTimes(node.path("times").asInt(1))
                    .withPathPrefix(node.path("path").asString("/"))
                    .withDelay(Duration.ofMillis(node.path("delayMillis").asLong(Fault.DEFAULT_DELAY.toMillis())))
                    .withRetryAfter(Duration.ofSeconds(
                            node.path("retryAfterSeconds").asLong(Fault.DEFAULT_RETRY_AFTER.toSeconds()))));
        }
        return faults;
    }
}
