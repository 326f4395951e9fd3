package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the benchmarks behind {@code make bench} and writes their numbers to {@code docs/benchmarks.md}.
 * Usage: {@code java -jar bench-exec.jar [rows] [report-file] [history-rows]}; run from the repository root after
 * {@code make build}, because the pipeline benchmark starts the services' packaged jars.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--dashboard-only")) {
            System.out.println(dashboard());
            return;
        }
        if (args.length > 0 && args[0].equals("--ingest-only")) {
            ingestOnly(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        // The lake benchmark's own history: the portal's ~8.3 million rows unless a quick run asks for fewer.
        int historyRows = args.length > 2 ? Integer.parseInt(args[2]) : 8_300_000;
        List<BenchResult> results = new ArrayList<>();
        Path workDir = Files.createTempDirectory("crimelake-bench");
        PipelineBenchmark pipeline;
        AnalyticsBenchmark analytics;
        try {
            try (SocrataSimulator simulator =
                    SocrataSimulator.builder().seed(42).rows(rows).start()) {
                results.add(new SimulatorJsonBenchmark(simulator, rows).run());
                results.add(new SimulatorJsonBenchmark(simulator, rows).run());
                // At most half a million rows keep the input list (field maps) within a small heap.
                int formatRows = Math.min(rows, 500_000);
                results.addAll(new LakeFormatBenchmark(SodaRows.load(simulator, formatRows), workDir).run());
                pipeline = new PipelineBenchmark(simulator, workDir);
                pipeline.run(rows);
                results.addAll(pipeline.throughput());
            }
            LakeCompactionBenchmark lake = new LakeCompactionBenchmark(workDir, historyRows);
            FullHistoryLake fullHistory = lake.run();
            results.addAll(lake.throughput());
            pipeline.memory().addAll(lake.memory());
            System.out.printf(
                    "Full-history lake: %,d rows, snapshot %d%n", fullHistory.rows(), fullHistory.snapshotId());
            analytics = new AnalyticsBenchmark(fullHistory, workDir);
            analytics.run();
        } finally {
            deleteRecursively(workDir);
        }
        results.forEach(result -> System.out.println(result.markdownRow()));
        pipeline.latencies().forEach(result -> System.out.println(result.markdownRow()));
        System.out.println(analytics.markdown());
        write(report, rows, historyRows, results, pipeline, analytics.markdown());
        Files.writeString(report, dashboard(), StandardOpenOption.APPEND);
        System.out.println("Results written to " + report);
    }

    /** The dashboard in headless Chromium on its own demo-sized stack; {@code --dashboard-only} prints just this. */
    private static String dashboard() throws Exception {
        Path workDir = Files.createTempDirectory("crimelake-bench-ui");
        try {
            DashboardBenchmark dashboard = new DashboardBenchmark(workDir);
            dashboard.run();
            return dashboard.markdown();
        } finally {
            deleteRecursively(workDir);
        }
    }

    /** {@code --ingest-only [rows]}: only the full-history ingest, printed, the report left alone. */
    private static void ingestOnly(int rows) throws Exception {
        Path workDir = Files.createTempDirectory("crimelake-bench");
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().seed(42).rows(rows).start()) {
            PipelineBenchmark pipeline = new PipelineBenchmark(simulator, workDir);
            pipeline.ingestOnly(rows);
            pipeline.throughput().forEach(result -> System.out.println(result.markdownRow()));
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static void write(
            Path report,
            int rows,
            int historyRows,
            List<BenchResult> results,
            PipelineBenchmark pipeline,
            String analyticsSection)
            throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# Benchmarks\n\n")
                .append("Written by `make bench` (`bench/`, %s, %d cores, Java %s, %,d synthetic source rows)."
                        .formatted(
                                LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), rows))
                .append(" The simulator runs in the benchmark's JVM; ingest, lake and analytics run as their")
                .append(" packaged jars in child processes on the same cores, as `make demo` runs them. The first")
                .append(" simulator pass includes JIT warm-up, the second is warm. The lake benchmarks compact their")
                .append(" own history of %,d synthetic rows, staged straight into the lake folder.\n\n"
                        .formatted(historyRows))
                .append("## Throughput\n\n")
                .append("| benchmark | rows | seconds | rows/s | note |\n|---|---:|---:|---:|---|\n");
        results.forEach(result -> text.append(result.markdownRow()).append('\n'));
        text.append("\n## Latency\n\n")
                .append("Each query repeated 20 times after 3 warm-ups, answer cache off (`QUERY_CACHE_ROWS=0`),")
                .append(" Parquet serving layout, over the full history unless a window is given.\n\n")
                .append("| request | samples | p50 ms | p95 ms |\n|---|---:|---:|---:|\n");
        pipeline.latencies().forEach(result -> text.append(result.markdownRow()).append('\n'));
        text.append(analyticsSection);
        text.append("\n## Memory\n\n");
        pipeline.memory().forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("- benchmark JVM (simulator and lake-format benchmarks): ")
                .append(PeakMemory.describe())
                .append('\n');
        text.append("\n## Targets (from the issues), to read the numbers against\n\n")
                .append("- ingest: >= 100,000 rows/s from the simulator on these two cores, peak RSS <= 512 MiB (#3)\n")
                .append("- lake: daily batch <= 1 s, full 8.3M-row history <= 45 s, RSS <= 1 GiB (#4)\n")
                .append("- analytics: full-history p50 <= 50 ms uncached, 30-day query <= 25 ms, cached <= 5 ms,")
                .append(" snapshot visible <= 2 s, RSS <= 1.5 GiB (#5)\n");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
