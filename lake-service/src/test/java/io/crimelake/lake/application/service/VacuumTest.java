package io.crimelake.lake.application.service;

import static io.crimelake.lake.testing.CrimeRecords.MARCH;
import static io.crimelake.lake.testing.CrimeRecords.crime;
import static io.crimelake.lake.testing.CrimeRecords.runId;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lake.domain.VacuumResult;
import io.crimelake.lake.testing.TestLake;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Superseded files stay readable through the retention period and the newest snapshots, then go. */
class VacuumTest {
    @TempDir
    Path folder;

    TestLake lake;
    List<Snapshot> snapshots = new ArrayList<>();

    @BeforeEach
    void lakeWithFourSnapshots() throws Exception {
        lake = new TestLake(ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none()), folder);
        for (int run = 1; run <= 4; run++) {
            lake.compact(lake.stage(runId(run), crime(1, MARCH, MARCH.plusDays(run), run)));
            snapshots.add(lake.current());
            lake.clock.advance(Duration.ofHours(1));
        }
    }

    @AfterEach
    void closeLake() throws Exception {
        lake.close();
    }

    @Test
    void keepsEverySnapshotReplacedWithinTheRetentionPeriod() throws Exception {
        VacuumResult result = lake.vacuum.vacuum("crimes");

        assertThat(result).isEqualTo(new VacuumResult(0, 0));
        assertThat(lake.snapshots.ids("crimes")).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lake.read(lake.files.retainedKey(
                        snapshots.getFirst().files().getFirst().key())))
                .hasSize(1);
    }

    @Test
    void afterTheRetentionPeriodKeepsOnlyTheNewestSnapshots() throws Exception {
        lake.clock.advance(TestLake.RETENTION);

        VacuumResult result = lake.vacuum.vacuum("crimes");

        assertThat(result).isEqualTo(new VacuumResult(2, 2));
        assertThat(lake.snapshots.ids("crimes")).containsExactly(3L, 4L);
        assertThat(lake.files.retainedFiles("crimes"))
                .containsExactly(snapshots.get(2).files().getFirst().key());
        assertThat(lake.queries.recent("crimes", 10)).extracting(Snapshot::id).containsExactly(4L, 3L);
    }

    @Test
    void removesManifestsAndFilesOfACommitThatNeverPublished() throws Exception {
        Snapshot orphan =
                lake.current().next(lake.clock.instant(), lake.current().batchId(), List.of(), java.util.Set.of());
        lake.store.write("_snapshots/crimes/%020d.json".formatted(orphan.id()), "{}".getBytes());
        lake.store.write("crimes/year=2024/month=03/part-orphan.parquet", new byte[] {1});

        lake.vacuum.vacuum("crimes");

        assertThat(lake.snapshots.ids("crimes")).doesNotContain(orphan.id());
        assertThat(lake.store.list("crimes/"))
                .extracting(e -> e.key())
                .containsExactlyElementsOf(lake.current().fileKeys());
    }
}
