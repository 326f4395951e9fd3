package io.crimelake.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for lake-service's compaction endpoint that records each call and answers with a fixed result. */
final class FakeLakeService implements AutoCloseable {
    // The sample lake-service answers with (its CompactionView).
    private static final String ANSWER = "{\"batchId\":\"%s\",\"snapshotId\":41,\"rowsInserted\":590,"
            + "\"rowsUpdated\":10,\"rowsUnchanged\":0,\"partitionsRewritten\":2}";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private FakeLakeService(HttpServer server) {
        this.server = server;
    }

    static FakeLakeService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeLakeService fake = new FakeLakeService(server);
            server.createContext("/api/lake/compactions", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                fake.requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
                String batch = body.replaceAll(".*\"batchId\":\"([^\"]+)\".*", "$1");
                byte[] answer = ANSWER.formatted(batch).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
