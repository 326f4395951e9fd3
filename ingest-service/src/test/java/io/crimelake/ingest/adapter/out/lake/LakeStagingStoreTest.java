package io.crimelake.ingest.adapter.out.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.application.port.out.StagedPage;
import io.crimelake.ingest.domain.QuarantinedRow;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import io.crimelake.lakeformat.store.LocalObjectStore;
import io.crimelake.lakeformat.store.ObjectEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeStagingStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void commitsAPageAsParquetAndItsRejectsAsJsonLinesUnderDeterministicNames() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));

        StagedPage page = staging.openPage("run-1", 3);
        page.write(record(10));
        page.write(record(11));
        page.quarantine(
                new QuarantinedRow("run-1", 3, "date", "not a timestamp", "nope", new RawRow(Map.of("id", "12"))));
        page.commit();

        assertThat(store.list(""))
                .extracting(ObjectEntry::key)
                .containsExactly(
                        "_quarantine/crimes/run-1/part-000003.jsonl", "_staging/crimes/run-1/part-000003.parquet");
        assertThat(readIds(dataDir.resolve("_staging/crimes/run-1/part-000003.parquet")))
                .containsExactly(10L, 11L);
        assertThat(Files.readString(dataDir.resolve("_quarantine/crimes/run-1/part-000003.jsonl")))
                .isEqualTo("{\"run_id\":\"run-1\",\"page\":3,\"field\":\"date\",\"reason\":\"not a timestamp\","
                        + "\"raw_value\":\"nope\",\"raw\":{\"id\":\"12\"}}\n");
        try (var scratch = Files.list(dataDir.resolve("tmp"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void aDiscardedPageLeavesNothingBehind() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));

        StagedPage page = staging.openPage("run-1", 1);
        page.write(record(1));
        page.discard();

        assertThat(store.list("")).isEmpty();
        try (var scratch = Files.list(dataDir.resolve("tmp"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void committingAPageAgainReplacesIt() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));
        commit(staging, "run-1", 1, 1, 2);

        commit(staging, "run-1", 1, 1, 2, 3);

        assertThat(readIds(dataDir.resolve("_staging/crimes/run-1/part-000001.parquet")))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aPageOfManyBatchesKeepsEveryRecordInOrder() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));
        long[] ids = LongStream.rangeClosed(1, 25_000).toArray();

        commit(staging, "run-1", 1, ids);

        assertThat(readIds(dataDir.resolve("_staging/crimes/run-1/part-000001.parquet")))
                .containsExactlyElementsOf(LongStream.of(ids).boxed().toList());
    }

    @Test
    void discardingAPageWhileItsWriterIsBusyLeavesNothingBehind() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));
        StagedPage page = staging.openPage("run-1", 1);
        for (long id = 1; id <= 20_000; id++) {
            page.write(record(id));
        }

        page.discard();

        assertThat(store.list("")).isEmpty();
        try (var scratch = Files.list(dataDir.resolve("tmp"))) {
            assertThat(scratch).isEmpty();
        }
    }

    @Test
    void aPageWhoseFileCannotBeWrittenFailsOnCommitAndPublishesNothing() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        Path scratch = dataDir.resolve("tmp");
        LakeStagingStore staging = new LakeStagingStore(store, "_staging", "_quarantine", "crimes", scratch);
        StagedPage page = staging.openPage("run-1", 1);
        Files.delete(scratch);
        Files.writeString(scratch, "a file where the scratch folder was");

        page.write(record(1));

        assertThatThrownBy(page::commit).isInstanceOf(IOException.class);
        assertThat(store.list("_staging/")).isEmpty();
    }

    @Test
    void deletesOnlyThePagesAfterTheCheckpointOfThatRun() throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        LakeStagingStore staging =
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp"));
        commit(staging, "run-1", 1, 1);
        commit(staging, "run-1", 2, 2);
        commit(staging, "run-2", 5, 3);

        staging.deletePagesAfter("run-1", 1);

        assertThat(store.list("_staging/"))
                .extracting(ObjectEntry::key)
                .containsExactly(
                        "_staging/crimes/run-1/part-000001.parquet", "_staging/crimes/run-2/part-000005.parquet");
    }

    private static void commit(LakeStagingStore staging, String runId, long pageNumber, long... ids)
            throws IOException {
        StagedPage page = staging.openPage(runId, pageNumber);
        for (long id : ids) {
            page.write(record(id));
        }
        page.commit();
    }

    static List<Long> readIds(Path file) throws IOException {
        List<Long> ids = new ArrayList<>();
        try (var reader = LakeParquetReader.open(CrimesDataset.definition(), file)) {
            for (CrimeRecord record = reader.read(); record != null; record = reader.read()) {
                ids.add(record.id());
            }
        }
        return ids;
    }

    private static CrimeRecord record(long id) {
        return new CrimeRecord(
                id,
                "JH" + id,
                LocalDateTime.parse("2024-04-01T10:00:00"),
                null,
                null,
                "THEFT",
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
                false,
                "run-1",
                Instant.parse("2024-04-02T00:00:00Z"));
    }
}
