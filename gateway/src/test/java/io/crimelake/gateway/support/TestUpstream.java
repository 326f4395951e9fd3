package io.crimelake.gateway.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for one CrimeLake service: echoes what it got, serves a health answer, and waits
 * {@code delayMs} (a query parameter) before answering when asked to.
 */
public final class TestUpstream {

    private final HttpServer server;
    private final AtomicReference<Headers> lastHeaders = new AtomicReference<>();
    private final AtomicReference<String> lastBody = new AtomicReference<>();

    private static final Pattern DELAY = Pattern.compile("delayMs=(\\d+)");

    private TestUpstream(String name, String health, int healthStatus) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start test upstream " + name, e);
        }
        // One thread per request, so a slow answer does not hold the health check up.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/actuator/health", exchange -> respond(exchange, healthStatus, health));
        server.createContext("/", exchange -> {
            lastHeaders.set(exchange.getRequestHeaders());
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sleep(delayOf(exchange.getRequestURI().getQuery()));
            respond(exchange, 200, name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
        });
        server.start();
    }

    /** A healthy service answering {@code <name> <METHOD> <uri>}. */
    public static TestUpstream healthy(String name) {
        return new TestUpstream(name, "{\"status\":\"UP\"}", 200);
    }

    /** A service whose actuator says DOWN, as Spring Boot does: 503 with a status body. */
    public static TestUpstream reportingDown(String name) {
        return new TestUpstream(name, "{\"status\":\"DOWN\"}", 503);
    }

    /** An address where nothing listens, so connections are refused. */
    public static String nothingListening() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Headers of the last proxied (non-health) request, or null if none came. */
    public Headers lastHeaders() {
        return lastHeaders.get();
    }

    public String lastBody() {
        return lastBody.get();
    }

    public void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Duration delayOf(String query) {
        Matcher delay = DELAY.matcher(query == null ? "" : query);
        return delay.find() ? Duration.ofMillis(Long.parseLong(delay.group(1))) : Duration.ZERO;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
