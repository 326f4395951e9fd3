package io.crimelake.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.domain.MonthRange;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged service as a separate process with {@code --once}, kills it with SIGKILL at random points
 * several times, restarts it each time, and checks the staged batch is still exactly the source's rows.
 */
class IngestCrashIT {
    private static final Pattern PAGES = Pattern.compile("\"pages\"\\s*:\\s*(\\d+)");
    private static final Pattern RUN_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STARTED_AT = Pattern.compile("\"started_at\"\\s*:\\s*\"([^\"]+)\"");
    private static final int KILLS = 5;

    @TempDir
    Path dataDir;

    @Test
    void aRunKilledAtRandomPointsAndRestartedStagesEverySourceRowExactlyOnce() throws Exception {
        try (SocrataSimulator simulator = SocrataSimulator.builder()
                .seed(31)
                .from(LocalDate.of(2023, 1, 1))
                .to(LocalDate.of(2023, 3, 31))
                .rows(3_000)
                .start()) {
            // Slow every request a little so a run lasts long enough to be killed part-way.
            simulator
                    .faults()
                    .enqueue(Fault.of(FaultKind.SLOW)
                            .withDelay(Duration.ofMillis(40))
                            .withTimes(100_000));
            Random random = new Random();
            int killAfterPages = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                killAfterPages += 1 + random.nextInt(5);
                Process process = launch(simulator);
                awaitPages(process, killAfterPages);
                Thread.sleep(random.nextInt(60));
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            Process last = launch(simulator);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue())
                    .as(Files.readString(dataDir.resolve("process.log")))
                    .isZero();

            String record = onlyRunRecord();
            assertStagedExactly(simulator, runId(record), Instant.parse(match(STARTED_AT, record)));
        }
    }

    private Process launch(SocrataSimulator simulator) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: starts the service about twice as fast, which matters more here than peak speed.
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                packagedJar().toString(),
                "--once",
                "--mode",
                "backfill",
                "--start",
                "2023-01",
                "--end",
                "2023-03",
                "--page-size",
                "100");
        Map<String, String> environment = builder.environment();
        environment.put("SOCRATA_BASE_URL", simulator.baseUri().toString());
        environment.put("DATA_DIR", dataDir.toString());
        environment.put("LAKE_URI", dataDir.toUri().toString());
        // No lake-service here: the discard port refuses, so batches stay staged, as they would in production.
        environment.put("LAKE_URL", "http://127.0.0.1:9");
        environment.put("CRIMELAKE_ENV_FILE", dataDir.resolve("no.env").toString());
        environment.put("SODA_INITIAL_BACKOFF", "PT0.01S");
        builder.redirectErrorStream(true);
        builder.redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("process.log").toFile()));
        return builder.start();
    }

    private void awaitPages(Process process, int pages) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Path runs = dataDir.resolve("state/runs");
            if (Files.isDirectory(runs)) {
                String record = onlyRunRecord();
                if (record != null && Integer.parseInt(match(PAGES, record)) >= pages) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "the run did not reach page " + pages + ":\n" + Files.readString(dataDir.resolve("process.log")));
    }

    private String onlyRunRecord() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("state/runs"))) {
            // Temporary siblings of an atomic replace come and go; only final names count.
            List<Path> records = files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().startsWith(".tmp-"))
                    .toList();
            assertThat(records).as("one run, resumed after every kill").hasSizeLessThanOrEqualTo(1);
            return records.isEmpty() ? null : Files.readString(records.getFirst());
        }
    }

    private void assertStagedExactly(SocrataSimulator simulator, String runId, Instant startedAt) throws IOException {
        List<QueryWindow> windows = new MonthRange(YearMonth.of(2023, 1), YearMonth.of(2023, 3)).windows();
        Lineage lineage = new Lineage(runId, startedAt);
        List<CrimeRecord> expected = new ArrayList<>();
        int rejected = 0;
        for (Map<String, String> row : SimulatorRows.inWindows(simulator, windows)) {
            try {
                expected.add(CrimesDataset.definition().normaliser().normalise(row, lineage));
            } catch (RowRejectedException e) {
                rejected++;
            }
        }
        StagedBatch batch = StagedBatch.read(dataDir, runId);

        assertThat(batch.records()).extracting(CrimeRecord::id).doesNotHaveDuplicates();
        assertThat(batch.records()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(batch.quarantineLines()).hasSize(rejected);
    }

    private static String runId(String record) {
        return match(RUN_ID, record);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("ingest-service-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("run `verify`: the packaged jar is missing"))
                    .toAbsolutePath();
        }
    }
}
