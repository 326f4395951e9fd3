package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmarks behind {@code make bench} and writes their numbers to {@code docs/benchmarks.md}.
 * Usage: {@code java -jar bench-exec.jar [rows] [report-file]}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        List<BenchResult> results = new ArrayList<>();
        Path workDir = Files.createTempDirectory("crimelake-bench");
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().seed(42).rows(rows).start()) {
            results.add(new SimulatorJsonBenchmark(simulator, rows).run());
            results.add(new SimulatorJsonBenchmark(simulator, rows).run());
            // Half the rows keep the input list (field maps) within a small heap.
            int formatRows = Math.min(rows, 500_000);
            results.addAll(new LakeFormatBenchmark(SodaRows.load(simulator, formatRows), workDir).run());
        } finally {
            Files.deleteIfExists(workDir);
        }
        results.forEach(result -> System.out.println(result.markdownRow()));
        write(report, results);
        System.out.println("Peak RSS " + PeakMemory.describe() + "; results written to " + report);
    }

    private static void write(Path report, List<BenchResult> results) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# Benchmarks\n\n")
                .append("Written by `make bench` (`bench/`, ")
                .append(LocalDate.now())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(Runtime.version())
                .append("). Each line is one timed pass after the simulator started; the first simulator")
                .append(" pass includes JIT warm-up, the second is warm.\n\n")
                .append("| benchmark | rows | seconds | rows/s | note |\n|---|---:|---:|---:|---|\n");
        results.forEach(result -> text.append(result.markdownRow()).append('\n'));
        text.append("\nPeak RSS of the benchmark JVM (simulator included): ")
                .append(PeakMemory.describe())
                .append(".\n");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
    }
}
