package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.testing.CompactInChildProcess;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a compacting JVM with SIGKILL at random moments: after every kill the lake is a whole snapshot, and
 * once the last batch is compacted again the lake holds every id in its newest version.
 */
class KillDuringCompactionIT {
    private static final int IDS = 20_000;
    private static final LocalDateTime START = LocalDateTime.parse("2019-01-01T00:00:00");

    @TempDir
    Path folder;

    @Test
    void lakeStaysAWholeSnapshotThroughKillsAndEndsEqualToTheSource() throws Exception {
        Path lakeFolder = folder.resolve("lake");
        var random = new Random(4);
        try (var lake =
                new TestLake(ObjectStores.open("file:" + lakeFolder, S3Settings.none()), folder.resolve("test"))) {
            lake.compact(lake.stage(runId(1), version(1)));
            // Kill points: while merging, mid-upload, while retaining superseded files, after the publish,
            // and at a random moment.
            List<KillPoint> killPoints = List.of(
                    new KillPoint(
                            "while merging",
                            (store, before) -> !store.list("_journal/").isEmpty()),
                    new KillPoint(
                            "mid-upload",
                            (store, before) -> partitionFiles(store).stream()
                                    .anyMatch(key -> !before.fileKeys().contains(key))),
                    new KillPoint(
                            "while retaining",
                            (store, before) -> !store.list("_retained/").isEmpty()),
                    new KillPoint(
                            "after the publish",
                            (store, before) -> lake.current().id() > before.id()),
                    new KillPoint("at a random moment", null));
            BatchId last = null;
            for (int kill = 0; kill < killPoints.size(); kill++) {
                last = lake.stage(runId(kill + 2), version(kill + 2));
                // As a vacuum past the retention would: the "while retaining" point then sees only this run's copies.
                lake.store.deleteAll(keys(lake.store.list("_retained/")));
                Snapshot before = lake.current();
                Process child = startCompaction(lakeFolder, folder.resolve("child-" + kill), last);
                KillPoint point = killPoints.get(kill);
                String reached = waitFor(child, point, lake.store, before, 200 + random.nextInt(3000));
                child.destroyForcibly().waitFor();
                System.out.printf(
                        "kill %s %s: snapshot %d -> %d%n",
                        point.name(), reached, before.id(), lake.current().id());
                assertWholeSnapshot(lake);
                // The killed holder's lease would block writers until it expires; the test expires it at once.
                lake.store.delete("_leases/crimes.json");
            }

            lake.compact(last);

            assertWholeSnapshot(lake);
            Map<Long, String> types = lake.rows(lake.current()).stream()
                    .collect(Collectors.toMap(CrimeRecord::id, CrimeRecord::primaryType));
            assertThat(types).hasSize(IDS);
            assertThat(new HashSet<>(types.values())).containsExactly("VERSION " + (killPoints.size() + 1));
            assertThat(lake.store.list("_journal/")).isEmpty();
            assertThat(partitionFiles(lake.store))
                    .containsExactlyInAnyOrderElementsOf(lake.current().fileKeys());
        }
    }

    /** A moment in the child's compaction, observed from outside through the store; null means any time. */
    private record KillPoint(String name, Condition condition) {}

    private interface Condition {
        boolean reached(ObjectStore store, Snapshot before) throws Exception;
    }

    // Polls until the kill point is reached or the child ends; a random point waits the given delay.
    private static String waitFor(Process child, KillPoint point, ObjectStore store, Snapshot before, long delayMillis)
            throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1)) {
            if (!child.isAlive()) {
                return "(the child finished first)";
            }
            boolean reached = point.condition() == null
                    ? System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(delayMillis)
                    : point.condition().reached(store, before);
            if (reached) {
                return "(reached)";
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the child neither reached " + point.name() + " nor ended within a minute");
    }

    private static List<String> partitionFiles(ObjectStore store) throws Exception {
        return keys(store.list("crimes/"));
    }

    private static List<String> keys(List<ObjectEntry> entries) {
        return entries.stream().map(ObjectEntry::key).toList();
    }

    // Each version updates every id and moves every other one to the next month, so partitions churn.
    private static List<List<CrimeRecord>> version(int run) {
        List<CrimeRecord> records = new ArrayList<>();
        for (long id = 1; id <= IDS; id++) {
            LocalDateTime date = START.plusHours(id).plusMonths((id + run) % 2);
            records.add(crime(id, date, START.plusYears(10).plusDays(run), run, "VERSION " + run));
        }
        return List.of(records.subList(0, IDS / 2), records.subList(IDS / 2, IDS));
    }

    private static void assertWholeSnapshot(TestLake lake) throws Exception {
        Snapshot snapshot = lake.current();
        List<Long> ids = lake.rows(snapshot).stream().map(CrimeRecord::id).toList();
        assertThat(ids).hasSize(IDS).doesNotHaveDuplicates();
        assertThat(snapshot.rows()).isEqualTo(IDS);
        assertThat(lake.rows(snapshot).stream().map(CrimeRecord::primaryType).distinct())
                .as("one snapshot holds one version")
                .hasSize(1);
    }

    private static Process startCompaction(Path lake, Path service, BatchId batch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CompactInChildProcess.class.getName(),
                        lake.toString(),
                        service.toString(),
                        batch.value())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
