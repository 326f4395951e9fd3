package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole spine on the packaged jars, as a user runs it: ingest-service {@code --once} pulls every simulator
 * row into staging, lake-service compacts the batch, analytics-service answers the dashboard's questions; then
 * one simulated day later a daily incremental run and its compaction.
 */
final class PipelineBenchmark {

    private static final Pattern COMPLETED_RUN = Pattern.compile("ingest run (\\S+) completed");
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String FULL_HISTORY_INGEST =
            "ingest: full history from the simulator (--once, 50,000-row pages)";
    private static final Pattern RUN_RATE = Pattern.compile("completed: .* rows_per_s=(\\d+)");

    private final SocrataSimulator simulator;
    private final Path work;
    private final List<BenchResult> throughput = new ArrayList<>();
    private final List<LatencyResult> latencies = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();

    PipelineBenchmark(SocrataSimulator simulator, Path work) {
        this.simulator = simulator;
        this.work = work;
    }

    List<BenchResult> throughput() {
        return throughput;
    }

    List<LatencyResult> latencies() {
        return latencies;
    }

    List<String> memory() {
        return memory;
    }

    void run(long sourceRows) throws Exception {
        int lakePort = Loopback.freePort();
        int analyticsPort = Loopback.freePort();
        String lakeUri = "file:" + work.resolve("lake");
        try (ServiceProcess lake = ServiceProcess.start(
                        "lake-service",
                        Map.of(
                                "LAKE_PORT",
                                "" + lakePort,
                                "LAKE_URI",
                                lakeUri,
                                "ADMIN_TOKEN",
                                Loopback.ADMIN_TOKEN,
                                "DATA_DIR",
                                dir("lake-data")),
                        work);
                ServiceProcess analytics = ServiceProcess.start(
                        "analytics-service",
                        Map.of(
                                "ANALYTICS_PORT",
                                "" + analyticsPort,
                                "LAKE_URI",
                                lakeUri,
                                "DATA_DIR",
                                dir("analytics-data"),
                                "QUERY_CACHE_ROWS",
                                "0",
                                // The report below names this layout; the full-history benchmark compares both.
                                "SERVING_LAYOUT",
                                "parquet"),
                        work)) {
            lake.awaitHealthy(lakePort, Duration.ofMinutes(2));
            analytics.awaitHealthy(analyticsPort, Duration.ofMinutes(2));

            String batch = ingest(FULL_HISTORY_INGEST, sourceRows);
            long published = compact(lakePort, batch, "pipeline: lake compaction of the ingested history");
            awaitVisible(analyticsPort, published);
            queries(analyticsPort);

            simulator.advanceDays(1);
            String daily = ingest("ingest: daily incremental run after one simulated day", -1);
            compact(lakePort, daily, "pipeline: lake compaction of the daily run (simulator revisions hit old months)");
            memory.add("lake-service peak RSS in the pipeline: %,d MiB".formatted(lake.peakRssMib()));
            memory.add("analytics-service peak RSS: %,d MiB".formatted(analytics.peakRssMib()));
        }
    }

    /** Only the full-history ingest, to tune ingest without starting the other services. */
    void ingestOnly(long sourceRows) throws Exception {
        ingest(FULL_HISTORY_INGEST, sourceRows);
    }

    private String ingest(String name, long expectedRows) throws Exception {
        Map<String, String> env = Map.of(
                "SOCRATA_BASE_URL",
                simulator.baseUri().toString(),
                "START_DATE",
                "2000-01-01",
                "DATA_DIR",
                dir("ingest-data"),
                "LAKE_URI",
                "file:" + work.resolve("lake"),
                // The benchmark times the compaction itself, so the run's own hand-off must not reach the lake.
                "LAKE_URL",
                "http://127.0.0.1:9",
                "ADMIN_TOKEN",
                Loopback.ADMIN_TOKEN,
                "INGEST_CRON",
                "-");
        long start = System.nanoTime();
        try (ServiceProcess once = ServiceProcess.start("ingest-service", env, work, "--once")) {
            int exit = once.awaitExit(Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            String output = once.output();
            if (exit != 0) {
                throw new IOException("ingest --once exited with " + exit + "; see " + once.log());
            }
            Matcher run = COMPLETED_RUN.matcher(output);
            if (!run.find()) {
                throw new IOException("no completed run in " + once.log());
            }
            long rows = rowsOf(output);
            throughput.add(new BenchResult(
                    name,
                    rows,
                    seconds,
                    "whole process incl. JVM start; the run alone %s rows/s; peak RSS %,d MiB%s"
                            .formatted(
                                    runRate(output),
                                    once.peakRssMib(),
                                    expectedRows > 0 && rows != expectedRows
                                            ? "; source had " + expectedRows + " rows"
                                            : "")));
            return run.group(1);
        }
    }

    private long compact(int lakePort, String batch, String name) throws Exception {
        Loopback.Compaction compaction = Loopback.compact(lakePort, batch);
        throughput.add(new BenchResult(
                name,
                compaction.inserted() + compaction.updated(),
                compaction.seconds(),
                "%,d inserted, %,d updated, %,d partitions rewritten"
                        .formatted(compaction.inserted(), compaction.updated(), compaction.partitionsRewritten())));
        return compaction.snapshotId();
    }

    private void awaitVisible(int analyticsPort, long snapshot) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
            JsonNode meta = JSON.readTree(Loopback.get(analyticsPort, "/api/analytics/meta"));
            if (meta.path("snapshotId").asString("").equals(Long.toString(snapshot))) {
                latencies.add(new LatencyResult(
                        "analytics: published snapshot visible (poll interval 1 s)",
                        1,
                        (System.nanoTime() - start) / 1e6,
                        (System.nanoTime() - start) / 1e6));
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("analytics never showed snapshot " + snapshot);
    }

    private void queries(int port) throws Exception {
        String lastDay = JSON.readTree(Loopback.get(port, "/api/analytics/meta"))
                .path("overview")
                .path("lastIncident")
                .asString()
                .substring(0, 10);
        String month = "from=" + java.time.LocalDate.parse(lastDay).minusDays(29) + "&to=" + lastDay;
        for (String path : List.of(
                "/meta",
                "/timeseries?grain=month",
                "/top-types?n=15",
                "/heatmap",
                "/arrest-rate",
                "/community-areas",
                "/incidents?page=0&size=50",
                "/timeseries?grain=day&" + month,
                "/heatmap?" + month,
                "/map?" + month)) {
            latencies.add(time(port, "/api/analytics" + path));
        }
    }

    private LatencyResult time(int port, String path) throws Exception {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            Loopback.get(port, path);
        }
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            Loopback.get(port, path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return LatencyResult.of("analytics " + path.replace("|", "\\|") + " (uncached, HTTP)", millis);
    }

    /** The rate the run reports itself, from its first page request to its completion. */
    private static String runRate(String output) {
        Matcher rate = RUN_RATE.matcher(output);
        return rate.find() ? "%,d".formatted(Long.parseLong(rate.group(1))) : "unknown";
    }

    private static long rowsOf(String output) {
        Matcher rows = Pattern.compile("completed: .* rows=(\\d+)").matcher(output);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private String dir(String name) throws IOException {
        return Files.createDirectories(work.resolve(name)).toString();
    }
}
