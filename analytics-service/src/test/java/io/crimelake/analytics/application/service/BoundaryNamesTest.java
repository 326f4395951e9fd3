package io.crimelake.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.analytics.adapter.out.duckdb.ParquetScans;
import io.crimelake.analytics.adapter.out.duckdb.QueryExecutor;
import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.adapter.out.lakereference.LakeBoundarySource;
import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.testlake.TestBoundaries;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.store.LocalObjectStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryNamesTest {
    @TempDir
    Path folder;

    @Test
    void newBoundariesRenameCachedAnswersOnTheSameSnapshot() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("lake"), 5, 300, 1);
        try (DuckDbDatabase database = new DuckDbDatabase(1, "256MB", folder);
                QueryExecutor executor =
                        new QueryExecutor(database, 1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30));
                LocalObjectStore store = new LocalObjectStore(lake.root())) {
            AnswerCache cache = new AnswerCache(100_000);
            CurrentSnapshot current =
                    new CurrentSnapshot(new LocalFolderSnapshotSource(lake.root()), new ParquetScans(executor), cache);
            CurrentBoundaries boundaries = new CurrentBoundaries(new LakeBoundarySource(store));
            CrimeStatisticsService service = new CrimeStatisticsService(
                    new SnapshotAnswers(current, cache),
                    new DuckDbCrimeStatistics(new ParquetScans(executor)),
                    boundaries);
            current.refresh();

            assertThat(boundaries.refresh()).as("nothing stored yet").isFalse();
            assertThat(nameOf32(service)).isEqualTo("Community area 32");

            TestBoundaries.store(lake.root(), "aaaaaaaaaaaaaaaa", Map.of(32, "LOOP"));
            assertThat(boundaries.refresh()).isTrue();
            assertThat(boundaries.refresh()).as("same version").isFalse();
            assertThat(current.refresh()).as("same snapshot").isFalse();
            assertThat(nameOf32(service)).isEqualTo("LOOP");
        }
    }

    private static String nameOf32(CrimeStatisticsService service) {
        return service.communityAreas(QueryFilter.everything()).data().stream()
                .filter(area -> area.communityArea() == 32)
                .map(AreaCount::name)
                .findFirst()
                .orElseThrow();
    }
}
