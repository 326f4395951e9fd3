package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.LeaseLostException;
import io.crimelake.lake.testing.FaultyObjectStore;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.ObjectStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two lake-service replicas on one lake, each with its own store client, DuckDB and clock: the lease lets one
 * compact at a time, and a replica whose lease lapsed and was taken over publishes nothing.
 */
abstract class AbstractTwoReplicasTest {
    @TempDir
    Path folder;

    FaultyObjectStore firstStore;
    TestLake first;
    TestLake second;

    /** A new client of the one lake every call of this test shares. */
    abstract ObjectStore openSharedLake(Path folder) throws Exception;

    @BeforeEach
    void startReplicas() throws Exception {
        firstStore = new FaultyObjectStore(openSharedLake(folder));
        first = new TestLake(firstStore, folder.resolve("first"));
        second = new TestLake(openSharedLake(folder), folder.resolve("second"));
    }

    @AfterEach
    void stopReplicas() throws Exception {
        first.close();
        second.close();
    }

    @Test
    void secondReplicaIsRefusedWhileTheFirstCompacts() throws Exception {
        BatchId one = first.stage(runId(1), crime(1, MARCH, MARCH, 1));
        BatchId two = second.stage(runId(2), crime(2, MARCH, MARCH, 2));
        var paused = pauseFirstAtItsUpload();

        CompletableFuture<CompactionResult> running = CompletableFuture.supplyAsync(() -> first.compact(one));
        assertThat(paused.uploading.await(20, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> second.compact(two)).isInstanceOf(LakeBusyException.class);
        paused.proceed.countDown();

        assertThat(running.get(20, TimeUnit.SECONDS).snapshotId()).isEqualTo(1L);
        assertThat(second.compact(two).snapshotId()).isEqualTo(2L);
        assertThat(second.rows(second.current())).extracting(CrimeRecord::id).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void replicaWhoseLeaseWasTakenOverPublishesNothing() throws Exception {
        BatchId one = first.stage(runId(1), crime(1, MARCH, MARCH, 1));
        BatchId two = second.stage(runId(2), crime(2, MARCH, MARCH, 2));
        var paused = pauseFirstAtItsUpload();
        CompletableFuture<CompactionResult> stalled = CompletableFuture.supplyAsync(() -> first.compact(one));
        assertThat(paused.uploading.await(20, TimeUnit.SECONDS)).isTrue();

        // The first replica stalls past its lease's lifetime (a long GC pause, a frozen VM) without renewing.
        first.clock.advance(Duration.ofMinutes(11));
        second.clock.advance(Duration.ofMinutes(11));
        CompactionResult takenOver = second.compact(two);
        paused.proceed.countDown();

        assertThatThrownBy(() -> stalled.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(LeaseLostException.class);
        assertThat(second.current().id()).isEqualTo(takenOver.snapshotId());
        // The second replica also completed the first one's journaled batch before its own.
        assertThat(second.rows(second.current())).extracting(CrimeRecord::id).containsExactlyInAnyOrder(1L, 2L);
    }

    private Pause pauseFirstAtItsUpload() {
        var pause = new Pause();
        firstStore.beforeUpload(() -> {
            firstStore.beforeUpload(() -> {});
            pause.uploading.countDown();
            try {
                pause.proceed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return pause;
    }

    private static final class Pause {
        final CountDownLatch uploading = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);
    }
}
