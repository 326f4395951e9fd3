package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.APRIL;
import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.store.NoSuchObjectException;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers following the manifest while compactions run never see a duplicate or a missing id. */
class ConcurrentReadersTest {
    private static final int BATCHES = 6;
    private static final int IDS = 200;

    @TempDir
    Path folder;

    @Test
    void manifestReadersSeeWholeSnapshotsDuringCompactions() throws Exception {
        try (var lake = new TestLake(ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none()), folder)) {
            lake.compact(lake.stage(runId(1), records(1)));
            var stop = new AtomicBoolean();
            CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> readUntil(lake, stop));

            for (int run = 2; run <= BATCHES; run++) {
                lake.compact(lake.stage(runId(run), records(run)));
            }
            stop.set(true);

            assertThat(reader.get(60, TimeUnit.SECONDS)).isEmpty();
            assertThat(lake.rows(lake.current())).hasSize(IDS);
        }
    }

    // Every run updates every id with a newer version, and moves odd ids between March and April.
    private static CrimeRecord[] records(int run) {
        return LongStream.rangeClosed(1, IDS)
                .mapToObj(id -> crime(id, (id + run) % 2 == 0 ? MARCH : APRIL, MARCH.plusDays(run), run))
                .toArray(CrimeRecord[]::new);
    }

    private static List<String> readUntil(TestLake lake, AtomicBoolean stop) {
        List<String> problems = new ArrayList<>();
        int reads = 0;
        while (!stop.get() || reads == 0) {
            Snapshot snapshot = lake.current();
            List<Long> ids = new ArrayList<>();
            for (PartitionFile file : snapshot.files()) {
                readFile(lake, file).forEach(row -> ids.add(row.id()));
            }
            Set<Long> distinct = new HashSet<>(ids);
            if (distinct.size() != ids.size() || distinct.size() != IDS || ids.size() != snapshot.rows()) {
                problems.add("snapshot " + snapshot.id() + ": " + ids.size() + " rows, " + distinct.size() + " ids");
            }
            reads++;
        }
        return problems;
    }

    // A file superseded while the reader was on its snapshot has moved to the retained area.
    private static List<CrimeRecord> readFile(TestLake lake, PartitionFile file) {
        try {
            try {
                return lake.read(file.key());
            } catch (NoSuchObjectException e) {
                return lake.read(lake.files.retainedKey(file.key()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("reader failed on " + file.key(), e);
        }
    }
}
