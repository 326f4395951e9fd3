package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.APRIL;
import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.testing.FaultyObjectStore;
import io.crimelake.lake.testing.FaultyObjectStore.Operation;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compaction that dies at a commit step leaves a readable lake, and the next one completes the batch. */
class CrashRecoveryTest {
    @TempDir
    Path folder;

    FaultyObjectStore store;
    TestLake lake;
    Snapshot before;
    List<CrimeRecord> rowsBefore;
    BatchId second;

    @BeforeEach
    void lakeWithOneSnapshotAndAStagedBatch() throws Exception {
        store = new FaultyObjectStore(ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none()));
        lake = new TestLake(store, folder.resolve("service"));
        lake.compact(lake.stage(runId(1), crime(1, MARCH, MARCH, 1), crime(2, APRIL, APRIL, 1)));
        before = lake.current();
        rowsBefore = lake.rows(before);
        second = lake.stage(runId(2), crime(1, APRIL, MARCH.plusDays(1), 2), crime(3, MARCH, MARCH, 2));
    }

    @AfterEach
    void closeLake() throws Exception {
        lake.close();
    }

    @Test
    void crashBeforePublishLeavesThePreviousSnapshotAndTheNextCompactionCompletesTheBatch() throws Exception {
        store.failOn(Operation.PUBLISH, key -> key.endsWith("/current"));

        assertThatThrownBy(() -> lake.compact(second)).isInstanceOf(LakeStorageException.class);

        assertThat(lake.current()).isEqualTo(before);
        assertThat(lake.rows(lake.current())).isEqualTo(rowsBefore);

        store.heal();
        CompactionResult result = lake.compact(second);

        assertThat(result.counts()).isEqualTo(new MergeCounts(1, 1, 0));
        assertThat(result.snapshotId()).isEqualTo(before.id() + 1);
        assertThat(lake.rows(lake.current())).extracting(CrimeRecord::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(partitionFolderFiles())
                .containsExactlyInAnyOrderElementsOf(lake.current().fileKeys());
    }

    @Test
    void theNextCompactionOfAnotherBatchAlsoCompletesTheInterruptedOne() throws Exception {
        store.failOn(Operation.PUBLISH, key -> key.endsWith("/current"));
        assertThatThrownBy(() -> lake.compact(second)).isInstanceOf(LakeStorageException.class);
        store.heal();

        CompactionResult third = lake.compact(lake.stage(runId(3), crime(4, MARCH, MARCH, 3)));

        assertThat(third.counts()).isEqualTo(new MergeCounts(1, 0, 0));
        assertThat(lake.rows(lake.current())).extracting(CrimeRecord::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(store.list("_journal/")).isEmpty();
    }

    @Test
    void recoveryOnStartUpCompletesTheInterruptedBatch() throws Exception {
        store.failOn(Operation.PUBLISH, key -> key.endsWith("/current"));
        assertThatThrownBy(() -> lake.compact(second)).isInstanceOf(LakeStorageException.class);
        store.heal();

        assertThat(lake.compaction.recover("crimes")).isEqualTo(1);

        assertThat(lake.rows(lake.current())).extracting(CrimeRecord::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(lake.compaction.recover("crimes")).isZero();
    }

    @Test
    void crashMidUploadLeavesThePreviousSnapshotReadable() throws Exception {
        store.failOn(Operation.UPLOAD, key -> key.contains("month=04"));

        assertThatThrownBy(() -> lake.compact(second)).isInstanceOf(LakeStorageException.class);

        assertThat(lake.rows(lake.current())).isEqualTo(rowsBefore);
        store.heal();
        assertThat(lake.compact(second).counts()).isEqualTo(new MergeCounts(1, 1, 0));
    }

    @Test
    void crashAfterPublishKeepsTheNewSnapshotAndVacuumRemovesTheLeftovers() throws Exception {
        store.failOn(Operation.DELETE, key -> key.startsWith("crimes/"));

        assertThatThrownBy(() -> lake.compact(second)).isInstanceOf(LakeStorageException.class);

        Snapshot after = lake.current();
        assertThat(after.id()).isEqualTo(before.id() + 1);
        assertThat(partitionFolderFiles()).containsAll(before.fileKeys());
        store.heal();
        lake.vacuum.vacuum("crimes");
        assertThat(partitionFolderFiles()).containsExactlyInAnyOrderElementsOf(after.fileKeys());
        assertThat(lake.files.retainedFiles("crimes")).containsExactlyInAnyOrderElementsOf(before.fileKeys());
    }

    private List<String> partitionFolderFiles() throws Exception {
        return store.list("crimes/").stream().map(ObjectEntry::key).toList();
    }
}
