package io.crimelake.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five services as {@code make demo} runs them, from their packaged jars on free ports and reached through
 * the gateway, reading a Socrata simulator; {@link #ingestFirstRun} fills the lake like the demo's first run.
 */
public final class CrimeLakeStack implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path work;
    private final String adminToken;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> services = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private CrimeLakeStack(Path work, String adminToken) {
        this.work = work;
        this.adminToken = adminToken;
    }

    /** Starts every service (logs under {@code work}) and waits until each is healthy. */
    public static CrimeLakeStack start(URI socrataBaseUri, Path work, String adminToken) throws Exception {
        CrimeLakeStack stack = new CrimeLakeStack(work, adminToken);
        try {
            stack.startAll(socrataBaseUri);
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    /** The gateway's base URL: the dashboard at {@code /}, the services' APIs under {@code /api}. */
    public URI gateway() {
        return URI.create("http://127.0.0.1:" + ports.get("gateway"));
    }

    public String adminToken() {
        return adminToken;
    }

    /** The log file of {@code module} (e.g. {@code gateway}, whose access log names every proxied request). */
    public Path log(String module) {
        return services.get(module).log();
    }

    /** Starts the first ingest through the gateway and waits until analytics serves the lake's first snapshot. */
    public void ingestFirstRun(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(gateway().resolve("/api/ingest/runs"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IOException("starting a run answered " + started.statusCode() + ": " + started.body());
        }
        String run = JSON.readTree(started.body()).path("id").asString();
        awaitJson("/api/ingest/runs/" + run, json -> terminal(run, json), deadline);
        // lake-service compacts the handed-off batch, then analytics picks the snapshot up within its poll.
        awaitJson("/api/analytics/meta", json -> json.path("hasData").asBoolean() ? json : null, deadline);
    }

    /** GETs {@code path} through the gateway and parses the JSON answer. */
    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(gateway().resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static JsonNode terminal(String run, JsonNode json) {
        String status = json.path("status").asString();
        if (status.equals("FAILED")) {
            throw new IllegalStateException(
                    "ingest run " + run + " failed: " + json.path("error").asString());
        }
        return status.equals("COMPLETED") ? json : null;
    }

    private JsonNode awaitJson(String path, Function<JsonNode, JsonNode> accept, long deadline)
            throws IOException, InterruptedException {
        while (true) {
            try {
                JsonNode accepted = accept.apply(getJson(path));
                if (accepted != null) {
                    return accepted;
                }
            } catch (IOException notYet) {
                // e.g. a run not visible yet; keep polling until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no expected answer from " + path + " in time; logs in " + work);
            }
            Thread.sleep(250);
        }
    }

    private void startAll(URI socrataBaseUri) throws Exception {
        for (String module : List.of("lake-service", "analytics-service", "ingest-service", "ui-service", "gateway")) {
            ports.put(module, Loopback.freePort());
        }
        String lakeUri = "file:" + work.resolve("lake");
        launch("lake-service", Map.of("LAKE_PORT", port("lake-service"), "LAKE_URI", lakeUri, "DATA_DIR", dir("lake")));
        launch(
                "analytics-service",
                Map.of(
                        "ANALYTICS_PORT",
                        port("analytics-service"),
                        "LAKE_URI",
                        lakeUri,
                        "DATA_DIR",
                        dir("analytics"),
                        // Outlines arrive with the first run; the default half-minute poll would keep the map bare.
                        "BOUNDARY_POLL_INTERVAL",
                        "1s"));
        launch(
                "ingest-service",
                Map.of(
                        "INGEST_PORT", port("ingest-service"),
                        "SOCRATA_BASE_URL", socrataBaseUri.toString(),
                        "LAKE_URI", lakeUri,
                        "LAKE_URL", url("lake-service"),
                        "DATA_DIR", dir("ingest"),
                        "INGEST_CRON", "-"));
        launch("ui-service", Map.of("UI_PORT", port("ui-service"), "GATEWAY_URL", url("gateway")));
        launch(
                "gateway",
                Map.of(
                        "GATEWAY_PORT", port("gateway"),
                        "INGEST_URL", url("ingest-service"),
                        "LAKE_URL", url("lake-service"),
                        "ANALYTICS_URL", url("analytics-service"),
                        "UI_URL", url("ui-service"),
                        // Every browser and every test shares one client address here.
                        "RATE_LIMIT_PER_MINUTE", "100000"));
        for (Map.Entry<String, ServiceProcess> service : services.entrySet()) {
            service.getValue().awaitHealthy(ports.get(service.getKey()), Duration.ofMinutes(3));
        }
    }

    private void launch(String module, Map<String, String> env) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("ADMIN_TOKEN", adminToken);
        services.put(module, ServiceProcess.start(module, all, work));
    }

    private String port(String module) {
        return Integer.toString(ports.get(module));
    }

    private String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    private String dir(String name) throws IOException {
        return Files.createDirectories(work.resolve(name + "-data")).toString();
    }

    @Override
    public void close() throws InterruptedException {
        // The gateway first, so no request reaches a service that is already stopping.
        List<ServiceProcess> stopping = new ArrayList<>();
        if (services.containsKey("gateway")) {
            stopping.add(services.get("gateway"));
        }
        services.values().stream()
                .filter(service -> !stopping.contains(service))
                .forEach(stopping::add);
        for (ServiceProcess service : stopping) {
            service.close();
        }
    }
}
