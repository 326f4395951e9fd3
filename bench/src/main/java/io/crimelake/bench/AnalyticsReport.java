package io.crimelake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@link AnalyticsBenchmark}'s numbers as a {@code docs/benchmarks.md} section, read against #5's targets. */
record AnalyticsReport(
        FullHistoryLake lake,
        List<DashboardQuery> queries,
        Map<String, Map<String, LatencyResult>> uncached,
        Map<String, LatencyResult> raw,
        Map<String, LatencyResult> cached,
        String deployedLayout,
        DashboardLoad.Result load,
        double visibleMillis,
        long peakRssMib,
        List<String> notes) {
    private static final double FULL_HISTORY_TARGET = 50;
    private static final double WINDOW_TARGET = 25;
    private static final double CACHED_TARGET = 5;
    private static final double LOAD_P99_TARGET = 500;
    private static final long RSS_TARGET_MIB = 1536;
    private static final double VISIBLE_TARGET = 2000;

    String markdown() {
        StringBuilder text = new StringBuilder()
                .append("\n## Analytics over the full history\n\n")
                .append(
                        "analytics-service's jar (`-Xmx768m`, 2 DuckDB threads, `DUCKDB_MEMORY_LIMIT=1GB`, 2 query slots)")
                .append(" over the compaction benchmark's lake: %,d rows, snapshot %d. Uncached: answer cache off,"
                        .formatted(lake.rows(), lake.snapshotId()))
                .append(" %d warm-ups then 20 requests each through HTTP, per serving layout. Raw DuckDB: the same SQL"
                        .formatted(3))
                .append(" in the benchmark's JVM (2 threads) straight over the snapshot's Parquet files; ratio = the")
                .append(" deployed layout's HTTP p50 / raw p50. Cached: the deployed configuration (cache on),")
                .append(" 20 requests after a first one. 30-day windows end on the last day with data.\n\n")
                .append(
                        "| request | parquet p50 / p95 ms | table p50 / p95 ms | raw DuckDB p50 ms | ratio | cached p50 ms |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (DashboardQuery query : queries) {
            LatencyResult deployed = uncached.get(deployedLayout).get(query.path());
            text.append("| `%s` | %s | %s | %.1f | %.1f | %.1f |\n"
                    .formatted(
                            query.path(),
                            p50p95(uncached.get("parquet").get(query.path())),
                            p50p95(uncached.get("table").get(query.path())),
                            raw.get(query.path()).p50Millis(),
                            deployed.p50Millis() / raw.get(query.path()).p50Millis(),
                            cached.get(query.path()).p50Millis()));
        }
        text.append("\n- deployed layout (the lower sum of full-history p50s): `%s`\n".formatted(deployedLayout))
                .append("- %d clients of mixed dashboard requests for 60 s (half the opening view, half random 30-day"
                        .formatted(50))
                .append(" windows), cache on: %,d requests, %d errors, p50 %.1f ms, p99 %.1f ms%s\n"
                        .formatted(
                                load.requests(),
                                load.errors(),
                                load.p50Millis(),
                                load.p99Millis(),
                                load.errors() > 0 ? " (first: " + load.firstError() + ")" : ""))
                .append("- published snapshot (one partition rewritten) visible after %.0f ms (poll interval 1 s)\n"
                        .formatted(visibleMillis))
                .append("- analytics-service peak RSS over the deployed run: %,d MiB\n".formatted(peakRssMib));
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        text.append("\nAgainst #5's targets: ")
                .append(String.join("; ", verdicts()))
                .append(".\n");
        return text.toString();
    }

    private List<String> verdicts() {
        List<String> verdicts = new ArrayList<>();
        verdicts.add(verdict("full-history p50 <= 50 ms uncached", worst(true), FULL_HISTORY_TARGET));
        verdicts.add(verdict("30-day p50 <= 25 ms uncached", worst(false), WINDOW_TARGET));
        double worstCached = cached.values().stream()
                .mapToDouble(LatencyResult::p50Millis)
                .max()
                .orElse(0);
        verdicts.add(verdict("cached p50 <= 5 ms", worstCached, CACHED_TARGET));
        verdicts.add(
                load.errors() == 0 && load.p99Millis() <= LOAD_P99_TARGET
                        ? "50 clients: met"
                        : "50 clients: MISSED (%d errors, p99 %.0f ms)".formatted(load.errors(), load.p99Millis()));
        verdicts.add(verdict("peak RSS <= 1.5 GiB", peakRssMib, RSS_TARGET_MIB));
        verdicts.add(verdict("snapshot visible <= 2 s", visibleMillis, VISIBLE_TARGET));
        return verdicts;
    }

    private double worst(boolean fullHistory) {
        return queries.stream()
                .filter(query -> query.fullHistory() == fullHistory)
                .mapToDouble(
                        query -> uncached.get(deployedLayout).get(query.path()).p50Millis())
                .max()
                .orElse(0);
    }

    private static String verdict(String target, double worst, double limit) {
        return worst <= limit ? target + ": met" : "%s: MISSED (worst %.1f)".formatted(target, worst);
    }

    private static String p50p95(LatencyResult result) {
        return "%.1f / %.1f".formatted(result.p50Millis(), result.p95Millis());
    }
}
