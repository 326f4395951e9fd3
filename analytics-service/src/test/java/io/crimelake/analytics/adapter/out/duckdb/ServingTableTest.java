package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.adapter.out.lakefolder.LocalFolderSnapshotSource;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.LakeOverview;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving table answers exactly as Parquet does, a new snapshot refreshes only its changed partitions (and
 * their summaries) in place, and a query never mixes the snapshot it checked with a refresh committing meanwhile.
 */
class ServingTableTest {
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
        ServingTable table = new ServingTable(executor);
        table.prepare(snapshot);
        assertThat(relationRead(table, snapshot)).isEqualTo("crimes");
        assertAnswersAsParquet(table, snapshot);

        // After the table moved on, the previous snapshot is read from its files, with its own answers.
        Snapshot withoutFirstMonth = new Snapshot(
                "later",
                snapshot.committedAt(),
                snapshot.files().stream()
                        .filter(file -> !inPartition(file, "year=2023/month=01"))
                        .toList());
        table.prepare(withoutFirstMonth);
        assertThat(relationRead(table, snapshot)).startsWith("read_parquet(");
        assertThat(relationRead(table, withoutFirstMonth)).isEqualTo("crimes");
        assertAnswersAsParquet(table, snapshot);
        assertAnswersAsParquet(table, withoutFirstMonth);
    }

    private static void assertAnswersAsParquet(ServingTable table, Snapshot snapshot) {
        assertAnswersAsParquet(executor, table, snapshot);
    }

    private static void assertAnswersAsParquet(QueryExecutor executor, ServingTable table, Snapshot snapshot) {
        DuckDbCrimeStatistics fromTable = new DuckDbCrimeStatistics(table);
        DuckDbCrimeStatistics fromParquet = new DuckDbCrimeStatistics(new ParquetScans(executor));
        DuckDbCrimeRows rowsFromTable = new DuckDbCrimeRows(executor, table);
        DuckDbCrimeRows rowsFromParquet = new DuckDbCrimeRows(executor, new ParquetScans(executor));
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
        assertThat(new DuckDbSnapshotOverview(table).overview(snapshot, CommunityAreaNames.NONE))
                .isEqualTo(new DuckDbSnapshotOverview(new ParquetScans(executor))
                        .overview(snapshot, CommunityAreaNames.NONE));
    }

    @Test
    void refreshesOnlyChangedPartitionsToExactlyWhatAFullRebuildHolds() throws Exception {
        TestLake first = TestLake.generate(folder.resolve("first"), 11, 600, 1);
        Snapshot all = new LocalFolderSnapshotSource(first.root()).current().orElseThrow();
        // December 2024 (the last incident) arrives only in the last snapshot, as a new partition.
        List<Path> december = all.files().stream()
                .filter(file -> inPartition(file, "year=2024/month=12"))
                .toList();
        Snapshot one = replacing(all, "year=2024/month=12", List.of(), "1");
        ServingTable table = new ServingTable(executor);
        table.prepare(one);
        // A full rebuild reads a copy; the refreshes must not read unchanged partitions' files, so they go.
        Path copy = copyOf(first.root(), folder.resolve("first-copy"));
        for (Path file : one.files()) {
            Files.delete(file);
        }

        List<CrimeRecord> february = partition(first, 2024, 2);
        Path newFebruary = writePartition(
                "second",
                february.subList(0, february.size() / 2).stream()
                        .map(r -> TestLake.withId(r, r.id() + 10_000_000))
                        .toList());
        Snapshot two = replacing(one, "year=2024/month=02", List.of(newFebruary), "2");
        assertRefreshedLikeAFullRebuild(table, two, first.root(), copy);

        // One id moves from January to March: both partitions are rewritten.
        List<CrimeRecord> january = partition(first, 2024, 1);
        List<CrimeRecord> march = new ArrayList<>(partition(first, 2024, 3));
        CrimeRecord moved = january.getFirst();
        march.add(TestLake.withId(march.getFirst(), moved.id()));
        Path newJanuary = writePartition("third-january", january.subList(1, january.size()));
        Path newMarch = writePartition("third-march", march);
        Snapshot three = replacing(
                replacing(two, "year=2024/month=01", List.of(newJanuary), "3"),
                "year=2024/month=03",
                List.of(newMarch),
                "3");
        assertRefreshedLikeAFullRebuild(table, three, first.root(), copy);

        Snapshot four = replacing(three, "year=2023/month=07", List.of(), "4");
        assertRefreshedLikeAFullRebuild(table, four, first.root(), copy);
        assertThat(tableRows(table, four, "SELECT count(*) FROM crimes WHERE id = " + moved.id()))
                .containsExactly("1|");

        Snapshot five = replacing(four, "year=2024/month=12", december, "5");
        assertRefreshedLikeAFullRebuild(table, five, first.root(), copy);
        assertThat(new DuckDbSnapshotOverview(table)
                        .overview(five, CommunityAreaNames.NONE)
                        .lastIncident())
                .isEqualTo(TestLake.LAST_DAY.atTime(23, 59, 59));
    }

    @Test
    void rebuildsFromTheWholeSnapshotWhenChangedFilesGainOrLoseAColumn() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("schema"), 17, 500, 1);
        Snapshot one = new LocalFolderSnapshotSource(lake.root()).current().orElseThrow();
        // Its own database: the column this adds stays in the table, which other tests compare column by column.
        try (DuckDbDatabase own = DuckDbDatabase.persistent(folder.resolve("schema.duckdb"), 2, "512MB", folder);
                QueryExecutor ownExecutor =
                        new QueryExecutor(own, 2, 1, Duration.ofSeconds(30), Duration.ofSeconds(30))) {
            assertRebuiltOnSchemaChanges(ownExecutor, lake, one);
        }
    }

    private static void assertRebuiltOnSchemaChanges(QueryExecutor executor, TestLake lake, Snapshot one) {
        ServingTable table = new ServingTable(executor);
        table.prepare(one);

        // A newer writer adds a column to the February partition it rewrites.
        Path gained = rewritePartition(one, "year=2024/month=02", "gained", "*, 'x' AS new_col");
        Snapshot two = replacing(one, "year=2024/month=02", List.of(gained), "2");
        table.prepare(two);
        assertThat(relationRead(table, two)).isEqualTo("crimes");
        assertThat(tableRows(table, two, "SELECT count(*) FROM crimes WHERE new_col = 'x'"))
                .containsExactly(partition(lake, 2024, 2).size() + "|");
        assertAnswersAsParquet(executor, table, two);

        // And another drops one: the Parquet files of the snapshot no longer share one schema.
        Path lost = rewritePartition(two, "year=2024/month=03", "lost", "* EXCLUDE (location_description)");
        Snapshot three = replacing(two, "year=2024/month=03", List.of(lost), "3");
        table.prepare(three);
        assertThat(relationRead(table, three)).isEqualTo("crimes");
        assertAnswersAsParquet(executor, table, three);
    }

    /** A copy of the partition's file written by DuckDB with {@code columns} selected, as another writer would. */
    private static Path rewritePartition(Snapshot snapshot, String partition, String name, String columns) {
        Path old = snapshot.files().stream()
                .filter(file -> inPartition(file, partition))
                .findFirst()
                .orElseThrow();
        Path target = folder.resolve(name).resolve("crimes").resolve(partition).resolve("part-0.parquet");
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.execute(new SqlQuery(
                "COPY (SELECT " + columns + " FROM read_parquet('" + old + "', hive_partitioning = false)) TO '"
                        + target + "' (FORMAT parquet)",
                List.of()));
        return target;
    }

    @Test
    void summarisesATableKeptFromAVersionWithoutSummaries() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("unsummarised"), 13, 300, 1);
        Snapshot snapshot = new LocalFolderSnapshotSource(lake.root()).current().orElseThrow();
        new ServingTable(executor).prepare(snapshot);
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + PartitionSummaries.TABLE);
        }

        ServingTable restarted = new ServingTable(executor);
        restarted.prepare(snapshot);

        assertThat(restarted.querySummaries(
                        snapshot, PartitionSummaries.OVERVIEW, PartitionSummaries.overview(CommunityAreaNames.NONE)))
                .contains(fullScanOverview(snapshot));
    }

    @Test
    void summarisesASnapshotWithoutRowsAsAFullScanDoes() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty/crimes/year=2024/month=01"))
                .resolve("part-0.parquet");
        LakeParquetWriter.create(CrimesDataset.definition(), empty).close();
        Snapshot snapshot = new Snapshot("empty", Instant.parse("2025-01-07T04:00:00Z"), List.of(empty));
        ServingTable table = new ServingTable(executor);
        table.prepare(snapshot);

        LakeOverview summarised = table.querySummaries(
                        snapshot, PartitionSummaries.OVERVIEW, PartitionSummaries.overview(CommunityAreaNames.NONE))
                .orElseThrow();

        assertThat(summarised).isEqualTo(fullScanOverview(snapshot));
        assertThat(summarised.rows()).isZero();
        assertThat(summarised.lastIncident()).isNull();
    }

    /** The overview from a plain scan of every row of the snapshot's Parquet files. */
    private static LakeOverview fullScanOverview(Snapshot snapshot) {
        return new DuckDbSnapshotOverview(new ParquetScans(executor)).overview(snapshot, CommunityAreaNames.NONE);
    }

    @Test
    void aQueryKeepsTheStateItCheckedWhileARefreshCommits() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("mvcc"), 5, 400, 1);
        Snapshot all = new LocalFolderSnapshotSource(lake.root()).current().orElseThrow();
        Snapshot fewer = replacing(all, "year=2024/month=05", List.of(), "fewer");
        ServingTable table = new ServingTable(executor);
        table.prepare(all);
        try (Connection reader = database.connect();
                Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            assertThat(single(
                            statement,
                            "SELECT count(*) FROM crimes_snapshot WHERE serving_key = '" + ServingTable.servingKey(all)
                                    + "'"))
                    .isEqualTo(1);

            table.prepare(fewer);

            assertThat(single(statement, "SELECT count(*) FROM crimes"))
                    .isEqualTo(lake.records().size());
            reader.rollback();
            assertThat(single(statement, "SELECT count(*) FROM crimes"))
                    .isEqualTo(lake.records().size() - partition(lake, 2024, 5).size());
        }
    }

    @Test
    void readsParquetWhenTheTableMovedOnSinceTheQueryLookedAtIt() throws Exception {
        TestLake lake = TestLake.generate(folder.resolve("moved-on"), 7, 400, 1);
        Snapshot all = new LocalFolderSnapshotSource(lake.root()).current().orElseThrow();
        Snapshot fewer = replacing(all, "year=2023/month=04", List.of(), "fewer");
        ServingTable stale = new ServingTable(executor);
        stale.prepare(all);
        // Another refresh commits after this instance's last look: the moment between a query's check of the
        // hint and its read of the table.
        new ServingTable(executor).prepare(fewer);

        List<String> months = stale.query(
                all,
                scan -> new SqlQuery(
                        "SELECT count(*) FROM " + scan.relation() + " WHERE year = 2023 AND month = 4", List.of()),
                ServingTableTest::rowTexts);

        assertThat(months).containsExactly(partition(lake, 2023, 4).size() + "|");
    }

    private static void assertRefreshedLikeAFullRebuild(ServingTable table, Snapshot snapshot, Path root, Path copy) {
        table.prepare(snapshot);
        List<Path> copies = snapshot.files().stream()
                .map(file -> file.startsWith(root) ? copy.resolve(root.relativize(file)) : file)
                .toList();
        String rows = "SELECT *, CAST(date AS DATE) AS day, hour(date)::TINYINT AS hour,"
                + " isodow(date)::TINYINT AS dow, CAST(date_trunc('week', date) AS DATE) AS week FROM "
                + ParquetScans.relation(copies);
        assertThat(tableRows(table, snapshot, "SELECT * FROM crimes ORDER BY id"))
                .as("the table refreshed to %s", snapshot.id())
                .isNotEmpty()
                .isEqualTo(executor.query(new SqlQuery(rows + " ORDER BY id", List.of()), ServingTableTest::rowTexts));
        // The unchanged partitions' files are gone, so only the summaries can answer for this snapshot.
        LakeOverview fullScan = fullScanOverview(new Snapshot(snapshot.id(), snapshot.committedAt(), copies));
        assertThat(fullScan.rows()).isPositive();
        assertThat(table.querySummaries(
                        snapshot, PartitionSummaries.OVERVIEW, PartitionSummaries.overview(CommunityAreaNames.NONE)))
                .as("the summaries refreshed to %s", snapshot.id())
                .contains(fullScan);
        assertThat(new DuckDbSnapshotOverview(table).overview(snapshot, CommunityAreaNames.NONE))
                .isEqualTo(fullScan);
    }

    /** Every row of {@code sql} over the table, asserting the table holds {@code snapshot}. */
    private static List<String> tableRows(ServingTable table, Snapshot snapshot, String sql) {
        return table.query(
                snapshot,
                scan -> {
                    assertThat(scan.relation()).isEqualTo("crimes");
                    return new SqlQuery(sql, List.of());
                },
                ServingTableTest::rowTexts);
    }

    private static List<String> rowTexts(ResultSet result) throws java.sql.SQLException {
        List<String> texts = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
            StringBuilder text = new StringBuilder();
            for (int column = 1; column <= columns; column++) {
                text.append(result.getString(column)).append('|');
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String relationRead(ServingTable table, Snapshot snapshot) {
        return table.query(
                snapshot,
                scan -> new SqlQuery("SELECT ?", List.of(scan.relation())),
                result -> result.next() ? result.getString(1) : null);
    }

    private static long single(Statement statement, String sql) throws java.sql.SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<CrimeRecord> partition(TestLake lake, int year, int month) {
        return lake.records().stream()
                .filter(r -> r.date().getYear() == year && r.date().getMonthValue() == month)
                .toList();
    }

    private static Path writePartition(String name, List<CrimeRecord> records) throws IOException {
        TestLake.write(folder.resolve(name), records);
        try (Stream<Path> files = Files.walk(folder.resolve(name))) {
            return files.filter(file -> file.toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Snapshot replacing(Snapshot snapshot, String partition, List<Path> files, String id) {
        List<Path> kept = new ArrayList<>(snapshot.files().stream()
                .filter(file -> !inPartition(file, partition))
                .toList());
        kept.addAll(files);
        return new Snapshot(id, snapshot.committedAt(), kept);
    }

    private static boolean inPartition(Path file, String partition) {
        return file.toString().replace('\\', '/').contains(partition + "/");
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, target.resolve(source.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
