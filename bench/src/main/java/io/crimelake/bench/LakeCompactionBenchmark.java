package io.crimelake.bench;

import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.synthetic.SyntheticHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * lake-service's packaged jar compacting the whole synthetic history as one staged batch (the initial load),
 * then a daily batch shaped like ingest's daily run: the last {@value #BACKFILL_DAYS} days re-pulled, one row in
 * {@value #REVISED_ONE_IN} revised by the portal, and one new day. Staging is generated straight into the lake
 * folder; only the compactions are timed.
 */
final class LakeCompactionBenchmark {
    private static final long SEED = 42;
    private static final LocalDate PORTAL_START = LocalDate.of(2001, 1, 1);
    private static final int BACKFILL_DAYS = 14;
    private static final int REVISED_ONE_IN = 20;

    private static final String HISTORY_BATCH = "bench-history";
    private static final String DAILY_BATCH = "bench-daily";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path work;
    private final int historyRows;
    private final List<BenchResult> throughput = new ArrayList<>();
    private final List<String> memory = new ArrayList<>();

    LakeCompactionBenchmark(Path work, int historyRows) {
        this.work = work;
        this.historyRows = historyRows;
    }

    List<BenchResult> throughput() {
        return throughput;
    }

    List<String> memory() {
        return memory;
    }

    FullHistoryLake run() throws Exception {
        Path lake = work.resolve("history-lake");
        long staged = stage(lake.resolve("_staging/crimes"));
        int port = Loopback.freePort();
        Map<String, String> env = Map.of(
                "LAKE_PORT",
                "" + port,
                "LAKE_URI",
                "file:" + lake,
                "ADMIN_TOKEN",
                Loopback.ADMIN_TOKEN,
                "DATA_DIR",
                Files.createDirectories(work.resolve("history-lake-data")).toString());
        try (ServiceProcess service = ServiceProcess.start("lake-service", env, work)) {
            service.awaitHealthy(port, Duration.ofMinutes(2));
            compact(port, HISTORY_BATCH, "lake: initial compaction of the full history (generated staging)", service);
            long snapshot =
                    compact(port, DAILY_BATCH, "lake: daily batch compaction (14-day backfill + new day)", service);
            memory.add("lake-service peak RSS over the full-history and daily compactions (%,d staged rows): %,d MiB"
                    .formatted(staged, service.peakRssMib()));
            long rows = JSON.readTree(Loopback.get(port, "/api/lake/snapshots/current"))
                    .path("rows")
                    .asLong();
            return new FullHistoryLake(lake, rows, snapshot);
        }
    }

    // The table is only needed while staging; it goes out of scope before the service starts.
    private long stage(Path stagingFolder) throws Exception {
        LocalDate lastDay = LocalDate.now().minusDays(8);
        long start = System.nanoTime();
        // The portal's history starts in 2001; more rows than 700 a day since then (8.3M) are spread over it,
        // as the simulator numbers ids from 2001 and cannot start earlier.
        LocalDate firstDay =
                Collections.max(List.of(SyntheticHistory.startForRows(lastDay, historyRows), PORTAL_START));
        CrimeTable table = SyntheticHistory.generate(SEED, firstDay, lastDay, historyRows)
                .snapshot()
                .table();
        int newDay = firstRowOn(table, lastDay);
        int backfill = firstRowOn(table, lastDay.minusDays(BACKFILL_DAYS));
        var staging = new SyntheticStaging(table);
        Instant loaded = Instant.parse("2026-01-01T09:00:00Z");
        long history = staging.stage(
                0,
                newDay,
                new Lineage(HISTORY_BATCH, loaded),
                UnaryOperator.identity(),
                stagingFolder.resolve(HISTORY_BATCH));
        String revisedOn = lastDay.atTime(LocalTime.of(15, 40, 52)) + ".000";
        long daily = staging.stage(
                backfill,
                table.size(),
                new Lineage(DAILY_BATCH, loaded.plus(Duration.ofDays(1))),
                raw -> Long.parseLong(raw.get("id")) % REVISED_ONE_IN == 0 ? revised(raw, revisedOn) : raw,
                stagingFolder.resolve(DAILY_BATCH));
        throughput.add(new BenchResult(
                "lake-format: stage the synthetic history (normalise + write Parquet, 2 threads)",
                history + daily,
                (System.nanoTime() - start) / 1e9,
                "%,d history rows, %,d daily-batch rows; includes generating them".formatted(history, daily)));
        return history;
    }

    private static Map<String, String> revised(Map<String, String> raw, String updatedOn) {
        raw.put("arrest", Boolean.toString(!Boolean.parseBoolean(raw.get("arrest"))));
        raw.put("updated_on", updatedOn);
        return raw;
    }

    private static int firstRowOn(CrimeTable table, LocalDate day) {
        // Ids ascend with the incident date in the synthetic history, so rows are in date order.
        for (int row = 0; row < table.size(); row++) {
            if (!FloatingTimestamps.toDateTime(table.timestamp(Column.DATE, row))
                    .toLocalDate()
                    .isBefore(day)) {
                return row;
            }
        }
        return table.size();
    }

    private long compact(int port, String batch, String name, ServiceProcess service) throws Exception {
        double cpuBefore = service.cpuSeconds();
        Loopback.Compaction compaction = Loopback.compact(port, batch);
        double cpu = service.cpuSeconds() - cpuBefore;
        throughput.add(new BenchResult(
                name,
                compaction.inserted() + compaction.updated() + compaction.unchanged(),
                compaction.seconds(),
                ("%,d inserted, %,d updated, %,d unchanged, %,d partitions rewritten; %.1f s of CPU in lake-service;"
                                + " its peak RSS so far %,d MiB")
                        .formatted(
                                compaction.inserted(),
                                compaction.updated(),
                                compaction.unchanged(),
                                compaction.partitionsRewritten(),
                                cpu,
                                service.peakRssMib())));
        return compaction.snapshotId();
    }
}
