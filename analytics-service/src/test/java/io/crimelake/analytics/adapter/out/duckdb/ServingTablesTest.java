package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving tables answer exactly as Parquet does, and a new snapshot only reads its changed partitions. */
class ServingTablesTest {
    @TempDir
    static Path folder;

    private static DuckDbDatabase database;
    private static QueryExecutor executor;

    @BeforeAll
    static void open() {
        database = DuckDbDatabase.persistent(folder.resolve("serving.duckdb"), 2, "512MB", folder);
        executor = new QueryExecutor(database, 2, 1, Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() throws Exception {
        executor.close();
        database.close();
    }

    private static List<QueryFilter> filters() {
        return List.of(
                QueryFilter.everything(),
                new QueryFilter(
                        LocalDate.of(2023, 11, 20),
                        LocalDate.of(2024, 2, 10),
                        List.of("THEFT", "BATTERY"),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        22,
                        3),
                new QueryFilter(null, null, List.of(), List.of(1, 2, 3, 4), List.of(), true, false, null, null),
                new QueryFilter(
                        null, LocalDate.of(2023, 6, 30), List.of(), List.of(), List.of(8, 32), null, null, 9, 17));
    }

    @Test
    void answersEveryQuestionExactlyAsTheParquetFilesDo() {
        Snapshot snapshot = new LocalFolderSnapshotSource(TestLake.shared().root())
                .current()
                .orElseThrow();
        ServingTables tables = new ServingTables(executor);
        tables.prepare(snapshot);
        assertThat(tables.scan(snapshot).relation()).startsWith("\"crimes_folder_");
        DuckDbCrimeStatistics fromTable = new DuckDbCrimeStatistics(executor, tables);
        DuckDbCrimeStatistics fromParquet = new DuckDbCrimeStatistics(executor, new ParquetScans());
        DuckDbCrimeRows rowsFromTable = new DuckDbCrimeRows(executor, tables);
        DuckDbCrimeRows rowsFromParquet = new DuckDbCrimeRows(executor, new ParquetScans());

        for (QueryFilter filter : filters()) {
            for (Grain grain : Grain.values()) {
                assertThat(fromTable.timeseries(snapshot, filter, grain))
                        .isEqualTo(fromParquet.timeseries(snapshot, filter, grain));
            }
            assertThat(fromTable.topTypes(snapshot, filter, 100))
                    .isEqualTo(fromParquet.topTypes(snapshot, filter, 100));
            assertThat(fromTable.heatmap(snapshot, filter)).isEqualTo(fromParquet.heatmap(snapshot, filter));
            assertThat(fromTable.arrestRates(snapshot, filter)).isEqualTo(fromParquet.arrestRates(snapshot, filter));
            assertThat(fromTable.areaCounts(snapshot, filter, CommunityAreaNames.NONE))
                    .isEqualTo(fromParquet.areaCounts(snapshot, filter, CommunityAreaNames.NONE));
            assertThat(rowsFromTable.mapPoints(snapshot, filter, 50))
                    .isEqualTo(rowsFromParquet.mapPoints(snapshot, filter, 50));
            PageRequest secondPage = new PageRequest(1, 30);
            assertThat(rowsFromTable.incidents(snapshot, filter, secondPage))
                    .isEqualTo(rowsFromParquet.incidents(snapshot, filter, secondPage));
        }
    }

    @Test
    void buildsANewSnapshotFromThePreviousTableAndOnlyItsChangedPartitions() throws Exception {
        TestLake first = TestLake.generate(folder.resolve("first"), 11, 600, 1);
        Snapshot one = new LocalFolderSnapshotSource(first.root()).current().orElseThrow();
        ServingTables tables = new ServingTables(executor);
        tables.prepare(one);
        List<CrimeRecord> february = first.records().stream()
                .filter(r -> r.date().getYear() == 2024 && r.date().getMonthValue() == 2)
                .map(r -> TestLake.withId(r, r.id() + 10_000_000))
                .toList();
        List<CrimeRecord> replacement = new ArrayList<>(february.subList(0, february.size() / 2));
        TestLake.write(folder.resolve("second"), replacement);
        Path newFebruary = Files.list(folder.resolve("second/crimes/year=2024/month=02"))
                .findFirst()
                .orElseThrow();
        List<Path> files = new ArrayList<>(one.files().stream()
                .filter(file -> !file.toString().contains("year=2024/month=02"))
                .toList());
        files.add(newFebruary);
        Snapshot two = new Snapshot("2", one.committedAt(), files);
        // Unchanged partitions must come from the previous table: their Parquet files are gone.
        for (Path file : one.files()) {
            Files.delete(file);
        }

        tables.prepare(two);

        long expected = first.records().size() - february.size() + replacement.size();
        List<TimeBucket> months =
                new DuckDbCrimeStatistics(executor, tables).timeseries(two, QueryFilter.everything(), Grain.MONTH);
        assertThat(months.stream().mapToLong(TimeBucket::count).sum()).isEqualTo(expected);
        assertThat(tables.scan(one).relation())
                .as("the previous table stays for running queries")
                .startsWith("\"crimes_");
        tables.prepare(new Snapshot("3", one.committedAt(), List.of(newFebruary)));
        assertThat(tableNames()).hasSize(2).noneMatch(name -> name.equals(ServingTables.tableName(one)));
    }

    private static List<String> tableNames() {
        return executor.query(
                new SqlQuery(
                        "SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, 'crimes_')", List.of()),
                rows(result -> result.getString(1)));
    }
}
