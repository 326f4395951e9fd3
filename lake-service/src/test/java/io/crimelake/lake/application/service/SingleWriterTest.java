package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.testing.FaultyObjectStore;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per dataset: a second compaction or vacuum during a compaction is refused until it ends. */
class SingleWriterTest {
    @TempDir
    Path folder;

    FaultyObjectStore store;
    TestLake lake;

    @BeforeEach
    void createLake() throws Exception {
        store = new FaultyObjectStore(ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none()));
        lake = new TestLake(store, folder.resolve("service"));
    }

    @AfterEach
    void closeLake() throws Exception {
        lake.close();
    }

    @Test
    void secondCompactionDuringAFirstIsRefusedAndTheFirstCompletes() throws Exception {
        BatchId first = lake.stage(runId(1), crime(1, MARCH, MARCH, 1));
        BatchId second = lake.stage(runId(2), crime(2, MARCH, MARCH, 2));
        var uploading = new CountDownLatch(1);
        var proceed = new CountDownLatch(1);
        store.beforeUpload(() -> {
            uploading.countDown();
            await(proceed);
        });

        CompletableFuture<CompactionResult> running = CompletableFuture.supplyAsync(() -> lake.compact(first));
        assertThat(uploading.await(10, TimeUnit.SECONDS)).isTrue();
        store.beforeUpload(() -> {});

        assertThatThrownBy(() -> lake.compact(second))
                .isInstanceOf(LakeBusyException.class)
                .hasMessageContaining("compaction of batch " + first);
        assertThatThrownBy(() -> lake.vacuum.vacuum("crimes")).isInstanceOf(LakeBusyException.class);
        proceed.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS).snapshotId()).isEqualTo(1L);
        assertThat(lake.compact(second).snapshotId()).isEqualTo(2L);
    }

    @Test
    void leaseOfACrashedWriterIsTakenOverAfterItExpires() throws Exception {
        lake.leases.acquire("crimes", "compaction of a writer that was killed", Duration.ofMinutes(10));
        BatchId batch = lake.stage(runId(1), crime(1, MARCH, MARCH, 1));
        assertThatThrownBy(() -> lake.compact(batch)).isInstanceOf(LakeBusyException.class);

        lake.clock.advance(Duration.ofMinutes(10));

        assertThat(lake.compact(batch).snapshotId()).isEqualTo(1L);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
