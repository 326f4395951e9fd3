package io.crimelake.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.analytics.adapter.out.duckdb.ParquetScans;
import io.crimelake.analytics.adapter.out.duckdb.QueryExecutor;
import io.crimelake.analytics.adapter.out.duckdb.ScanSource;
import io.crimelake.analytics.adapter.out.duckdb.ServingTable;
import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.application.port.out.SnapshotSource;
import io.crimelake.analytics.domain.Boundaries;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.testlake.TestLake;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Switching snapshots under load: no query fails, each answer is wholly one snapshot's, the next sees the new. */
class SnapshotSwitchTest {
    @TempDir
    static Path folder;

    private static DuckDbDatabase database;
    private static QueryExecutor executor;
    private static Snapshot older;
    private static Snapshot newer;
    private static Map<String, Long> rowsBySnapshot;

    private final AtomicReference<Snapshot> published = new AtomicReference<>();
    private final SnapshotSource source = () -> Optional.ofNullable(published.get());

    @BeforeAll
    static void twoLakes() {
        TestLake a = TestLake.generate(folder.resolve("a"), 1, 1_500, 1_000_000);
        TestLake b = TestLake.generate(folder.resolve("b"), 2, 2_500, 5_000_000);
        older = new LocalFolderSnapshotSource(a.root()).current().orElseThrow();
        newer = new LocalFolderSnapshotSource(b.root()).current().orElseThrow();
        rowsBySnapshot = Map.of(older.id(), (long) a.records().size(), newer.id(), (long)
                b.records().size());
        database = new DuckDbDatabase(2, "512MB", folder);
        executor = new QueryExecutor(database, 2, 1, Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() throws Exception {
        executor.close();
        database.close();
    }

    private static long total(Snapshotted<List<TimeBucket>> answer) {
        return answer.data().stream().mapToLong(TimeBucket::count).sum();
    }

    private static ScanSource layout(String name) {
        return name.equals("table") ? new ServingTable(executor) : new ParquetScans(executor);
    }

    @ParameterizedTest(name = "{0} layout")
    @ValueSource(strings = {"parquet", "table"})
    void queriesDuringASwitchCompleteOnOneSnapshotAndTheNextSeesTheNewOne(String layoutName) throws Exception {
        // A zero-size cache makes every request hit DuckDB, so queries really run while the switch happens.
        AnswerCache cache = new AnswerCache(0);
        ScanSource layout = layout(layoutName);
        CurrentSnapshot current = new CurrentSnapshot(source, layout, cache);
        CrimeStatisticsService service = new CrimeStatisticsService(
                new SnapshotAnswers(current, cache), new DuckDbCrimeStatistics(layout), Boundaries::none);
        published.set(older);
        current.refresh();
        current.prepareCurrent();
        AtomicBoolean switched = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(4);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<Snapshotted<List<TimeBucket>>>>> futures = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            futures.add(clients.submit(() -> {
                List<Snapshotted<List<TimeBucket>>> answers = new ArrayList<>();
                int afterSwitch = 0;
                while (afterSwitch < 10) {
                    boolean switchedBefore = switched.get();
                    answers.add(service.timeseries(QueryFilter.everything(), Grain.MONTH));
                    afterSwitch += switchedBefore ? 1 : 0;
                    if (answers.size() == 5) {
                        warmedUp.countDown();
                    }
                }
                return answers;
            }));
        }
        assertThat(warmedUp.await(30, TimeUnit.SECONDS)).isTrue();
        published.set(newer);
        assertThat(current.refresh()).isTrue();
        switched.set(true);
        // The table layout moves from the new snapshot's Parquet files to its table while clients query.
        current.prepareCurrent();

        assertThat(service.timeseries(QueryFilter.everything(), Grain.MONTH).snapshotId())
                .isEqualTo(newer.id());
        List<Snapshotted<List<TimeBucket>>> answers = new ArrayList<>();
        for (Future<List<Snapshotted<List<TimeBucket>>>> future : futures) {
            answers.addAll(future.get());
        }
        clients.shutdown();
        assertThat(answers).extracting(Snapshotted::snapshotId).contains(older.id(), newer.id());
        assertThat(answers)
                .allSatisfy(answer -> assertThat(total(answer))
                        .as("an answer computed on %s", answer.snapshotId())
                        .isEqualTo(rowsBySnapshot.get(answer.snapshotId())));
    }

    @Test
    void aSwitchEmptiesTheCacheAndAnUnchangedSnapshotKeepsIt() {
        AnswerCache cache = new AnswerCache(100_000);
        CurrentSnapshot current = new CurrentSnapshot(source, new ParquetScans(executor), cache);
        CrimeStatisticsService service = new CrimeStatisticsService(
                new SnapshotAnswers(current, cache),
                new DuckDbCrimeStatistics(new ParquetScans(executor)),
                Boundaries::none);
        published.set(older);
        current.refresh();

        assertThat(total(service.timeseries(QueryFilter.everything(), Grain.MONTH)))
                .isEqualTo(rowsBySnapshot.get(older.id()));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(current.refresh()).isFalse();
        assertThat(cache.size()).isEqualTo(1);

        published.set(newer);
        assertThat(current.refresh()).isTrue();
        assertThat(cache.size()).isZero();
        Snapshotted<List<TimeBucket>> answer = service.timeseries(QueryFilter.everything(), Grain.MONTH);
        assertThat(answer.snapshotId()).isEqualTo(newer.id());
        assertThat(total(answer)).isEqualTo(rowsBySnapshot.get(newer.id()));
    }
}
