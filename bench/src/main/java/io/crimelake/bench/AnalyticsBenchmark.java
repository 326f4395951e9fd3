package io.crimelake.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * analytics-service's packaged jar over the full-history lake (issue #5). For each serving layout, every
 * dashboard question uncached through HTTP, next to the same SQL on raw DuckDB over the snapshot's Parquet files
 * in this JVM; then the faster layout as deployed (cache on): cached answers, 50 clients of mixed questions for
 * 60 s, the time from a published snapshot to visible, and the service's peak RSS over all of it.
 */
final class AnalyticsBenchmark {
    static final List<String> LAYOUTS = List.of("parquet", "table");
    private static final int WARM_UPS = 3;
    private static final int SAMPLES = 20;
    private static final int CLIENTS = 50;
    private static final Duration LOAD = Duration.ofSeconds(60);
    private static final Duration READY = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final FullHistoryLake lake;
    private final Path work;
    private final Map<String, Map<String, LatencyResult>> uncached = new LinkedHashMap<>();
    private final Map<String, LatencyResult> raw = new HashMap<>();
    private final Map<String, LatencyResult> cached = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private List<DashboardQuery> queries;
    private String deployedLayout;
    private DashboardLoad.Result load;
    private double visibleMillis;
    private long peakRssMib;

    AnalyticsBenchmark(FullHistoryLake lake, Path work) {
        this.lake = lake;
        this.work = work;
    }

    void run() throws Exception {
        String loadBefore = loadAverage();
        LocalDate firstDay;
        LocalDate lastDay;
        try (RawDuckDb duckdb = new RawDuckDb(LakeSnapshots.currentFiles(lake.root()), 2)) {
            LocalDate[] range = duckdb.dateRange();
            firstDay = range[0];
            lastDay = range[1];
            queries = DashboardQuery.all(lastDay);
            for (DashboardQuery query : queries) {
                raw.put(query.path(), LatencyResult.of("raw", duckdb.time(query, WARM_UPS, SAMPLES)));
            }
        }
        for (String layout : LAYOUTS) {
            uncached.put(layout, uncached(layout));
        }
        deployedLayout = LAYOUTS.stream()
                .min((a, b) -> Double.compare(fullHistoryP50Sum(a), fullHistoryP50Sum(b)))
                .orElseThrow();
        deployed(deployedLayout, firstDay, lastDay);
        notes.add("load average (1, 5, 15 min) before / after: %s / %s; work beside the benchmark on the same"
                        .formatted(loadBefore, loadAverage())
                + " cores lengthens every latency");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(", ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private Map<String, LatencyResult> uncached(String layout) throws Exception {
        Map<String, LatencyResult> results = new LinkedHashMap<>();
        int port = Loopback.freePort();
        try (ServiceProcess service = start(port, layout, "uncached-" + layout, "0")) {
            awaitServing(service, port, layout, lake.snapshotId());
            for (DashboardQuery query : queries) {
                results.put(query.path(), timed(port, query.path(), WARM_UPS));
            }
        }
        return results;
    }

    private void deployed(String layout, LocalDate firstDay, LocalDate lastDay) throws Exception {
        int port = Loopback.freePort();
        try (ServiceProcess service = start(port, layout, "deployed-" + layout, "200000")) {
            awaitServing(service, port, layout, lake.snapshotId());
            for (DashboardQuery query : queries) {
                // One untimed request fills the cache.
                cached.put(query.path(), timed(port, query.path(), 1));
            }
            load = new DashboardLoad(URI.create("http://127.0.0.1:" + port), firstDay, lastDay).run(CLIENTS, LOAD);
            long next = LakeSnapshots.publishNext(lake.root());
            long start = System.nanoTime();
            // A one-day question names the snapshot it ran on without waiting for /meta's full-history overview.
            String probe = "/top-types?n=1&from=" + lastDay + "&to=" + lastDay;
            while (!snapshotOf(port, probe).equals(Long.toString(next))) {
                if (System.nanoTime() - start > READY.toNanos()) {
                    throw new IOException("analytics never showed snapshot " + next + "; see " + service.log());
                }
                Thread.sleep(10);
            }
            visibleMillis = (System.nanoTime() - start) / 1e6;
            if (layout.equals("table")) {
                awaitLog(service, "Serving snapshot " + next + " from its table");
                notes.add("serving table refreshed for the next snapshot (one partition rewritten) in "
                        + builtMillis(service, next)
                        + " ms, in place: that partition's rows deleted and re-inserted from its new file");
            }
            peakRssMib = service.peakRssMib();
        }
    }

    private ServiceProcess start(int port, String layout, String name, String cacheRows) throws IOException {
        Path data = Files.createDirectories(work.resolve("analytics-" + name));
        return ServiceProcess.start(
                "analytics-service",
                Map.of(
                        "ANALYTICS_PORT",
                        "" + port,
                        "LAKE_URI",
                        lake.lakeUri(),
                        "DATA_DIR",
                        data.toString(),
                        "SERVING_LAYOUT",
                        layout,
                        "QUERY_CACHE_ROWS",
                        cacheRows),
                Files.createDirectories(work.resolve("logs-" + name)));
    }

    /** Waits until the snapshot is current and, for the table layout, served from its table. */
    private void awaitServing(ServiceProcess service, int port, String layout, long snapshot) throws Exception {
        service.awaitHealthy(port, READY);
        long deadline = System.nanoTime() + READY.toNanos();
        while (!snapshotOf(port, "/meta").equals(Long.toString(snapshot))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("analytics never showed snapshot " + snapshot + "; see " + service.log());
            }
            Thread.sleep(100);
        }
        if (layout.equals("table")) {
            awaitLog(service, "Serving snapshot " + snapshot + " from its table");
            notes.add("serving table for %,d rows built in %s ms at start-up"
                    .formatted(lake.rows(), builtMillis(service, snapshot)));
        }
    }

    private static void awaitLog(ServiceProcess service, String line) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (!service.output().contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("no '" + line + "' in " + service.log());
            }
            Thread.sleep(200);
        }
    }

    private static String builtMillis(ServiceProcess service, long snapshot) throws IOException {
        Matcher built = Pattern.compile("Serving table for snapshot " + snapshot + " built in (\\d+) ms")
                .matcher(service.output());
        return built.find() ? "%,d".formatted(Long.parseLong(built.group(1))) : "(already built)";
    }

    private LatencyResult timed(int port, String path, int untimed) throws Exception {
        for (int i = 0; i < untimed; i++) {
            get(port, path);
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            get(port, path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return LatencyResult.of(path, millis);
    }

    private String snapshotOf(int port, String path) throws Exception {
        return JSON.readTree(get(port, path)).path("snapshotId").asString("");
    }

    private static String get(int port, String path) throws Exception {
        return Loopback.get(port, "/api/analytics" + path);
    }

    private double fullHistoryP50Sum(String layout) {
        return queries.stream()
                .filter(DashboardQuery::fullHistory)
                .mapToDouble(query -> uncached.get(layout).get(query.path()).p50Millis())
                .sum();
    }

    /** The report section for {@code docs/benchmarks.md}. */
    String markdown() {
        return new AnalyticsReport(
                        lake, queries, uncached, raw, cached, deployedLayout, load, visibleMillis, peakRssMib, notes)
                .markdown();
    }
}
