package io.crimelake.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbSnapshotOverview;
import io.crimelake.analytics.adapter.out.duckdb.ParquetScans;
import io.crimelake.analytics.adapter.out.duckdb.QueryExecutor;
import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.domain.Boundaries;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.testlake.TestLake;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheWarmerTest {
    @TempDir
    Path folder;

    @Test
    void cachesTheDashboardsOpeningQuestionsForTheCurrentSnapshot() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("lake"), 3, 200, 1);
        try (DuckDbDatabase database = new DuckDbDatabase(1, "256MB", folder);
                QueryExecutor executor =
                        new QueryExecutor(database, 1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30))) {
            AnswerCache cache = new AnswerCache(100_000);
            CurrentSnapshot current =
                    new CurrentSnapshot(new LocalFolderSnapshotSource(lake.root()), new ParquetScans(executor), cache);
            CrimeStatisticsService statistics = new CrimeStatisticsService(
                    new SnapshotAnswers(current, cache),
                    new DuckDbCrimeStatistics(new ParquetScans(executor)),
                    Boundaries::none);
            MetaService meta = new MetaService(
                    current, cache, new DuckDbSnapshotOverview(new ParquetScans(executor)), Boundaries::none);
            current.refresh();

            new CacheWarmer(meta, statistics).warm();

            assertThat(cache.size()).isEqualTo(8);
            statistics.heatmap(QueryFilter.everything());
            statistics.topTypes(QueryFilter.everything(), 15);
            assertThat(cache.size()).as("served from the cache, nothing added").isEqualTo(8);
        }
    }
}
