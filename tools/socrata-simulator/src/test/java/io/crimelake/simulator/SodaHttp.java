package io.crimelake.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small SODA client for tests: builds encoded queries and reads JSON answers. */
final class SodaHttp {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    SodaHttp(SocrataSimulator simulator) {
        this.base = simulator.baseUri();
    }

    /** GETs a path with query parameters given as name, value, name, value... */
    HttpResponse<String> get(String path, String... parameters) throws IOException, InterruptedException {
        return client.send(request(path, parameters).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GETs JSON rows and fails unless the answer is 200. */
    JsonNode rows(String path, String... parameters) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, parameters);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    List<Long> ids(String path, String... parameters) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        rows(path, parameters)
                .forEach(row -> ids.add(Long.parseLong(row.get("id").asString())));
        return ids;
    }

    HttpRequest.Builder request(String path, String... parameters) {
        return HttpRequest.newBuilder(base.resolve(path + query(parameters))).timeout(Duration.ofSeconds(30));
    }

    static String query(String... parameters) {
        if (parameters.length == 0) {
            return "";
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            pairs.put(parameters[i], parameters[i + 1]);
        }
        return pairs.entrySet().stream()
                .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
