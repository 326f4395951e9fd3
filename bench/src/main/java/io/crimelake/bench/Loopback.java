package io.crimelake.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls to the services the benchmarks start on this machine's loopback interface. */
final class Loopback {
    /** The admin token every benchmark gives the services it starts. */
    static final String ADMIN_TOKEN = "bench-admin-token";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    private Loopback() {}

    /** A port nobody listens on right now, for a service about to start. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The body of a GET that must answer 200. */
    static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Compacts a staged batch through lake-service's API, timing the call. */
    static Compaction compact(int lakePort, String batch) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + lakePort + "/api/lake/compactions"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"dataset\":\"crimes\",\"batchId\":\"" + batch + "\"}"))
                .timeout(Duration.ofMinutes(30))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IOException(
                    "compaction of " + batch + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Compaction(JSON.readTree(response.body()), seconds);
    }

    /** lake-service's answer to a compaction and the seconds the call took. */
    record Compaction(JsonNode result, double seconds) {
        long inserted() {
            return result.path("rowsInserted").asLong();
        }

        long updated() {
            return result.path("rowsUpdated").asLong();
        }

        long unchanged() {
            return result.path("rowsUnchanged").asLong();
        }

        long partitionsRewritten() {
            return result.path("partitionsRewritten").asLong();
        }

        long snapshotId() {
            return result.path("snapshotId").asLong();
        }
    }
}
