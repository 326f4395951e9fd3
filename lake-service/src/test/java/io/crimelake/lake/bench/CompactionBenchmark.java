package io.crimelake.lake.bench;

import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;

import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times an initial compaction of a synthetic history and a daily batch on top of it; not part of the build
 * (the name does not end in Test). Run with {@code -Dtest=CompactionBenchmark -Dbench.rows=1000000}.
 */
class CompactionBenchmark {
    private static final LocalDateTime START = LocalDateTime.parse("2001-01-01T00:00:00");

    @TempDir
    Path folder;

    @Test
    void initialHistoryThenADailyBatch() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int months = Integer.getInteger("bench.months", 300);
        long minutesPerRow = Math.max(1, (long) months * 30 * 24 * 60 / rows);
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
        try (var lake = new TestLake(ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none()), folder)) {
            List<List<CrimeRecord>> pages = new ArrayList<>();
            for (int start = 0; start < rows; start += 50_000) {
                List<CrimeRecord> page = new ArrayList<>();
                for (int i = start; i < Math.min(rows, start + 50_000); i++) {
                    LocalDateTime date = START.plusMinutes(i * minutesPerRow);
                    page.add(crime(i + 1, date, date.plusDays(1), 1));
                }
                pages.add(page);
            }
            var batch = lake.stage(runId(1), pages);
            report("initial " + rows + " rows", () -> lake.compact(batch));

            LocalDateTime lastDay = START.plusMinutes((rows - 1) * minutesPerRow);
            List<CrimeRecord> daily = new ArrayList<>();
            for (int i = 0; i < 9_500; i++) {
                daily.add(crime(rows + 1 + i, lastDay.minusMinutes(i), lastDay.plusDays(1), 2));
            }
            for (int i = 0; i < 500; i++) {
                // Updates mostly touch recent incidents: here the last two months' ids.
                long id = rows - random.nextLong(Math.max(1, 2L * rows / months));
                LocalDateTime date = START.plusMinutes((id - 1) * minutesPerRow);
                daily.add(crime(id, date, date.plusDays(30), 2, "UPDATED"));
            }
            var dailyBatch = lake.stage(runId(2), List.of(daily));
            report("daily 10000 rows", () -> lake.compact(dailyBatch));
        }
    }

    private interface Compaction {
        CompactionResult run() throws Exception;
    }

    private static void report(String what, Compaction compaction) throws Exception {
        long start = System.nanoTime();
        CompactionResult result = compaction.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "BENCH %s: %.2f s, %s, %d partitions rewritten, peak RSS so far %s%n",
                what, seconds, result.counts(), result.partitionsRewritten(), peakResidentSetSize());
    }

    // Linux only: the process's high-water mark of resident memory, JVM heap and DuckDB together.
    private static String peakResidentSetSize() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).strip())
                .findFirst()
                .orElse("unknown");
    }
}
