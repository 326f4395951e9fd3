package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.APRIL;
import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.BatchNotFoundException;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.domain.UnreadableBatchException;
import io.crimelake.lake.testing.DamagedPages.Damage;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import io.crimelake.lakeformat.partition.PartitionKey;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compaction contract, run against every object store the lake can live on. */
abstract class AbstractCompactionContractTest {
    @TempDir
    Path folder;

    TestLake lake;

    abstract ObjectStore createStore(Path folder) throws Exception;

    @BeforeEach
    void createLake() throws Exception {
        lake = new TestLake(createStore(folder.resolve("lake")), folder.resolve("service"));
    }

    @AfterEach
    void closeLake() throws Exception {
        lake.close();
    }

    @Test
    void firstCompactionWritesOneFilePerMonthSortedByDate() throws Exception {
        BatchId batch = lake.stage(
                runId(1),
                List.of(
                        List.of(crime(3, MARCH.plusDays(5), MARCH, 1), crime(1, APRIL.plusDays(1), APRIL, 1)),
                        List.of(crime(2, MARCH, MARCH, 1))));

        CompactionResult result = lake.compact(batch);

        assertThat(result.counts()).isEqualTo(new MergeCounts(3, 0, 0));
        assertThat(result.partitionsRewritten()).isEqualTo(2);
        Snapshot snapshot = lake.current();
        assertThat(result.snapshotId()).isEqualTo(snapshot.id()).isEqualTo(1L);
        assertThat(snapshot.files())
                .extracting(file -> file.partition().path())
                .containsExactly("crimes/year=2024/month=03", "crimes/year=2024/month=04");
        PartitionFile march = snapshot.files().getFirst();
        assertThat(lake.read(march.key())).extracting(CrimeRecord::id).containsExactly(2L, 3L);
        assertThat(march.key()).matches("crimes/year=2024/month=03/part-0+1-[0-9a-f-]{36}\\.parquet");
        assertThat(march.minDate()).isEqualTo(MARCH);
        assertThat(march.maxDate()).isEqualTo(MARCH.plusDays(5));
        assertThat(march.minId()).isEqualTo(2);
        assertThat(march.maxId()).isEqualTo(3);
    }

    @Test
    void keepsTheVersionWithTheNewestUpdatedOnWhicheverRunBroughtIt() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH.plusDays(2), 1), crime(2, MARCH, MARCH, 1)));

        CompactionResult result = lake.compact(lake.stage(
                runId(2),
                crime(1, MARCH, MARCH.plusDays(1), 2, "STALE"),
                crime(2, MARCH, MARCH.plusDays(1), 2, "NEWER"),
                crime(3, MARCH, MARCH, 2)));

        assertThat(result.counts()).isEqualTo(new MergeCounts(1, 1, 1));
        assertThat(typesById(lake.current()))
                .containsEntry(1L, "BATTERY")
                .containsEntry(2L, "NEWER")
                .containsEntry(3L, "BATTERY");
    }

    @Test
    void breaksUpdatedOnTiesInFavourOfTheLaterRun() throws Exception {
        lake.compact(lake.stage(runId(2), crime(1, MARCH, MARCH, 2, "FROM RUN 2")));
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1, "FROM RUN 1")));
        assertThat(typesById(lake.current())).containsEntry(1L, "FROM RUN 2");

        CompactionResult result = lake.compact(lake.stage(runId(3), crime(1, MARCH, MARCH, 3, "FROM RUN 3")));

        assertThat(result.counts()).isEqualTo(new MergeCounts(0, 1, 0));
        assertThat(typesById(lake.current())).containsEntry(1L, "FROM RUN 3");
    }

    @Test
    void keepsOneVersionOfAnIdStagedTwiceInOneBatch() throws Exception {
        CompactionResult result = lake.compact(lake.stage(
                runId(1),
                List.of(
                        List.of(crime(1, MARCH, MARCH, 1, "OLDER")),
                        List.of(crime(1, MARCH, MARCH.plusHours(1), 1, "NEWER")))));

        assertThat(result.counts()).isEqualTo(new MergeCounts(1, 0, 0));
        assertThat(lake.rows(lake.current()))
                .extracting(CrimeRecord::primaryType)
                .containsExactly("NEWER");
    }

    @Test
    void recordWhoseDateMovesMonthLeavesItsOldPartition() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1), crime(2, MARCH, MARCH, 1)));

        CompactionResult result = lake.compact(lake.stage(runId(2), crime(1, APRIL, APRIL, 2)));

        assertThat(result.counts()).isEqualTo(new MergeCounts(0, 1, 0));
        assertThat(result.partitionsRewritten()).isEqualTo(2);
        Map<PartitionKey, List<Long>> ids = idsByPartition(lake.current());
        assertThat(ids)
                .containsEntry(new PartitionKey("crimes", 2024, 3), List.of(2L))
                .containsEntry(new PartitionKey("crimes", 2024, 4), List.of(1L));
    }

    @Test
    void partitionLeftWithoutRowsDisappearsFromTheSnapshot() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1)));

        lake.compact(lake.stage(runId(2), crime(1, APRIL, APRIL, 2)));

        assertThat(lake.current().files())
                .extracting(file -> file.partition().month())
                .containsExactly(4);
        assertThat(partitionFolderFiles())
                .containsExactlyElementsOf(lake.current().fileKeys());
    }

    @Test
    void compactingTheSameBatchAgainChangesNothing() throws Exception {
        BatchId batch = lake.stage(runId(1), crime(1, MARCH, MARCH, 1), crime(2, APRIL, APRIL, 1));
        CompactionResult first = lake.compact(batch);
        List<CrimeRecord> before = lake.rows(lake.current());

        CompactionResult second = lake.compact(batch);

        assertThat(second.counts()).isEqualTo(new MergeCounts(0, 0, 2));
        assertThat(second.partitionsRewritten()).isZero();
        assertThat(second.snapshotId()).isEqualTo(first.snapshotId());
        assertThat(lake.rows(lake.current())).isEqualTo(before);
    }

    @Test
    void sameContentFromALaterRunCountsAsUnchangedAndRewritesNothing() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1)));

        CompactionResult result = lake.compact(lake.stage(runId(2), crime(1, MARCH, MARCH, 2)));

        assertThat(result.counts()).isEqualTo(new MergeCounts(0, 0, 1));
        assertThat(result.partitionsRewritten()).isZero();
        assertThat(lake.rows(lake.current()))
                .extracting(CrimeRecord::ingestRunId)
                .containsExactly(runId(1));
    }

    @Test
    void partitionRowCountsAndChecksumsMatchTheManifest() throws Exception {
        lake.compact(lake.stage(
                runId(1),
                LongStream.rangeClosed(1, 500)
                        .mapToObj(id -> crime(id, MARCH.plusHours(id * 3), MARCH, 1))
                        .toArray(CrimeRecord[]::new)));

        Snapshot snapshot = lake.current();
        assertThat(snapshot.files()).hasSizeGreaterThan(1);
        for (PartitionFile file : snapshot.files()) {
            List<CrimeRecord> rows = lake.read(file.key());
            assertThat(rows).hasSize((int) file.rows());
            assertThat(rows).isSortedAccordingTo(Comparator.comparing(CrimeRecord::date));
            assertThat(lake.store.list(file.key()))
                    .singleElement()
                    .extracting(ObjectEntry::size)
                    .isEqualTo(file.bytes());
        }
        assertThat(snapshot.rows()).isEqualTo(500);
        assertThat(lake.rows(snapshot)).extracting(CrimeRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void partitionFoldersHoldExactlyTheCurrentFilesWhileOldOnesAreRetained() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1)));
        String first = lake.current().files().getFirst().key();

        lake.compact(lake.stage(runId(2), crime(1, MARCH, MARCH.plusDays(1), 2)));

        assertThat(partitionFolderFiles())
                .containsExactlyElementsOf(lake.current().fileKeys());
        assertThat(lake.files.retainedFiles("crimes")).containsExactly(first);
        assertThat(lake.read(lake.files.retainedKey(first)))
                .extracting(CrimeRecord::updatedOn)
                .containsExactly(MARCH);
    }

    @Test
    void unknownBatchIsReportedAndChangesNothing() {
        assertThatThrownBy(() -> lake.compact(new BatchId("never-staged")))
                .isInstanceOf(BatchNotFoundException.class)
                .hasMessageContaining("never-staged");
        assertThat(lake.snapshots.current("crimes")).isEmpty();
    }

    @Test
    void unreadableStagedFileIsNamedAndLeavesTheLakeUnchanged() throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1)));
        Snapshot before = lake.current();
        BatchId batch = lake.stage(runId(2), crime(2, MARCH, MARCH, 2));
        String broken = "_staging/crimes/" + runId(2) + "/part-000002.parquet";
        lake.store.write(broken, "not parquet".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> lake.compact(batch))
                .isInstanceOf(UnreadableBatchException.class)
                .hasMessageContaining(broken)
                .extracting(e -> ((UnreadableBatchException) e).file())
                .isEqualTo(broken);
        assertThat(lake.current()).isEqualTo(before);
        assertThat(partitionFolderFiles()).containsExactlyElementsOf(before.fileKeys());
        assertThat(lake.store.list("_journal/"))
                .as("an unreadable batch is not retried forever")
                .isEmpty();
        assertThat(lake.compact(lake.stage(runId(3), crime(3, MARCH, MARCH, 3))).counts())
                .isEqualTo(new MergeCounts(1, 0, 0));
    }

    // Each column is first read by a different step: loading the batch (id), finding its partitions (date),
    // merging (primary_type, description). DuckDB names the file it read only for a page it cannot inflate.
    @ParameterizedTest(name = "{0} of column {1}")
    @CsvSource({"COMPRESSED_DATA, primary_type", "PAGE_HEADER, primary_type", "COMPRESSED_DATA, date", "PAGE_HEADER, id"
    })
    void stagedFileWithADamagedDataPageIsNamedAndLeavesTheLakeUnchanged(Damage damage, String column) throws Exception {
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1)));
        Snapshot before = lake.current();
        List<String> filesBefore = partitionFolderFiles();
        BatchId batch = lake.stage(runId(2), List.of(page(100, 2), page(500, 2)));
        String damaged = "_staging/crimes/" + runId(2) + "/part-000002.parquet";
        lake.damagePage(damaged, column, damage);
        assertFooterParsesButDuckDbCannotReadTheRows(damaged);

        assertThatThrownBy(() -> lake.compact(batch))
                .isInstanceOf(UnreadableBatchException.class)
                .hasMessageContaining(damaged)
                .hasMessageNotContaining(lake.workFolder().toString())
                .extracting(e -> ((UnreadableBatchException) e).file())
                .isEqualTo(damaged);
        assertThat(lake.current()).isEqualTo(before);
        assertThat(partitionFolderFiles()).isEqualTo(filesBefore);
        assertThat(lake.store.list("_journal/"))
                .as("an unreadable batch is not retried forever")
                .isEmpty();
        try (Stream<Path> left = Files.list(lake.workFolder())) {
            assertThat(left).as("work folder of the failed attempt").isEmpty();
        }
        assertThat(lake.compact(lake.stage(runId(3), List.of(page(900, 3)))).counts())
                .as("the lease was released")
                .isEqualTo(new MergeCounts(200, 0, 0));
    }

    @Test
    void damagedPartitionFileOfTheLakeIsTheLakesFailureNotTheBatchs() throws Exception {
        lake.compact(lake.stage(runId(1), List.of(page(100, 1))));
        Snapshot before = lake.current();
        String stored = before.files().getFirst().key();
        lake.damagePage(stored, "primary_type", Damage.PAGE_HEADER);
        BatchId batch = lake.stage(runId(2), crime(2, MARCH, MARCH, 2));

        assertThatThrownBy(() -> lake.compact(batch))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("DuckDB failed");
        assertThat(lake.current()).isEqualTo(before);
        assertThat(partitionFolderFiles()).containsExactly(stored);
        assertThat(lake.store.list("_journal/"))
                .as("kept for recovery once the lake is repaired")
                .extracting(ObjectEntry::key)
                .containsExactly("_journal/crimes/" + batch.value());
    }

    @Test
    void writesPartitionFilesInExactlyTheLakeSchemaWithNullsKept() throws Exception {
        CrimeRecord sparse = new CrimeRecord(
                4,
                null,
                MARCH,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                2024,
                null,
                null,
                null,
                true,
                runId(1),
                Instant.parse("2025-01-01T01:00:00Z"));
        List<CrimeRecord> staged = List.of(crime(1, APRIL, APRIL, 1), crime(2, MARCH, MARCH, 1), sparse);

        lake.compact(lake.stage(runId(1), List.of(staged)));

        MessageType lakeSchema = CrimesDataset.definition().parquetSchema();
        for (PartitionFile file : lake.current().files()) {
            FileMetaData footer = lake.footer(file.key());
            assertThat(footer.getKeyValueMetaData()).containsEntry("crimelake.dataset", "crimes");
            for (Type expected : lakeSchema.getFields()) {
                Type written = footer.getSchema().getType(expected.getName());
                assertThat(written.getRepetition())
                        .as("repetition of %s in %s, also where the file holds no null", expected, file.key())
                        .isEqualTo(expected.getRepetition());
                assertThat(written.asPrimitiveType().getPrimitiveTypeName())
                        .isEqualTo(expected.asPrimitiveType().getPrimitiveTypeName());
                if (!(written.getLogicalTypeAnnotation() instanceof IntLogicalTypeAnnotation integer
                        && integer.isSigned()
                        && expected.getLogicalTypeAnnotation() == null)) {
                    assertThat(written.getLogicalTypeAnnotation())
                            .as("logical type of %s", expected)
                            .isEqualTo(expected.getLogicalTypeAnnotation());
                }
            }
        }
        assertThat(lake.rows(lake.current())).containsExactlyInAnyOrderElementsOf(staged);
    }

    // 200 rows, a few minutes apart from the first id on: enough for real pages in every column.
    private static List<CrimeRecord> page(long firstId, int run) {
        return LongStream.range(firstId, firstId + 200)
                .mapToObj(id -> crime(id, MARCH.plusMinutes(id), MARCH, run))
                .toList();
    }

    private void assertFooterParsesButDuckDbCannotReadTheRows(String key) throws Exception {
        Path copy = folder.resolve("check-" + UUID.randomUUID() + ".parquet");
        lake.store.download(key, copy);
        try (var reader = LakeParquetReader.open(CrimesDataset.definition(), copy)) {
            assertThat(reader).as("footer and schema of %s", key).isNotNull();
        }
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckDb.createStatement()) {
            assertThatThrownBy(() -> {
                        try (ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + copy + "')")) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    })
                    .as("DuckDB reading every row of %s", key)
                    .isInstanceOf(SQLException.class);
        }
    }

    private List<String> partitionFolderFiles() throws Exception {
        return lake.store.list("crimes/").stream().map(ObjectEntry::key).toList();
    }

    private Map<Long, String> typesById(Snapshot snapshot) throws Exception {
        return lake.rows(snapshot).stream().collect(Collectors.toMap(CrimeRecord::id, CrimeRecord::primaryType));
    }

    private Map<PartitionKey, List<Long>> idsByPartition(Snapshot snapshot) throws Exception {
        Map<PartitionKey, List<Long>> ids = new java.util.HashMap<>();
        for (PartitionFile file : snapshot.files()) {
            ids.put(
                    file.partition(),
                    lake.read(file.key()).stream().map(CrimeRecord::id).toList());
        }
        return ids;
    }
}
