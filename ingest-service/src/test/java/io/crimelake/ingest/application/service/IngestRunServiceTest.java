package io.crimelake.ingest.application.service;

import static io.crimelake.ingest.application.service.FakeSocrataSource.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.ingest.domain.RunStatus;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IngestRunServiceTest {
    private static final String DATASET = "ijzp-q8t2";

    private final FakeSocrataSource source = new FakeSocrataSource();
    private final InMemoryExportSource exports = new InMemoryExportSource();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private final FakeLake lake = new FakeLake();
    private final InMemoryStagingStore staging = new InMemoryStagingStore();
    private final InMemoryRunStore runs = new InMemoryRunStore();
    private final InMemoryStateStore states = new InMemoryStateStore();
    private final InMemoryRunLock lock = new InMemoryRunLock();
    private final IngestRunService service = new IngestRunService(
            new IngestServiceSettings(
                    DATASET,
                    new IncrementalWindowPolicy(14, LocalDate.of(2024, 1, 1), Duration.ofHours(1)),
                    3,
                    ZoneId.of("America/Chicago"),
                    3),
            new IngestPorts(source, exports, staging, runs, states, lock, metrics, lake),
            new TickingClock(Instant.parse("2024-06-15T12:00:00Z")));

    @Test
    void stagesEveryRowOfTheWindowExactlyOnceInKeyOrderPages() {
        LongStream.rangeClosed(1, 10)
                .forEach(id -> source.add(row(id, "2024-03-0" + (id % 9 + 1) + "T10:00:00", null)));
        source.add(row(11, "2023-12-31T23:59:59", null));

        IngestRun run = runOnce(StartRunCommand.incremental());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(staging.records(run.id()))
                .extracting(CrimeRecord::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(staging.pages(run.id())).containsOnlyKeys(1L, 2L, 3L, 4L);
        assertThat(run.progress().rowsFetched()).isEqualTo(10);
        assertThat(run.totalRows()).isEqualTo(10);
        assertThat(staging.records(run.id()))
                .allSatisfy(r -> assertThat(r.ingestRunId()).isEqualTo(run.id()));
    }

    @Test
    void quarantinesRowsThatFailNormalisationAndGoesOn() {
        source.add(row(1, "2024-03-01T10:00:00", null));
        source.add(row(2, "not-a-date", null));
        source.add(row(3, "2024-03-02T10:00:00", null));

        IngestRun run = runOnce(StartRunCommand.incremental());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(staging.records(run.id())).extracting(CrimeRecord::id).containsExactly(1L, 3L);
        assertThat(staging.quarantined(run.id())).singleElement().satisfies(q -> {
            assertThat(q.field()).isEqualTo("date");
            assertThat(q.rawValue()).isEqualTo("not-a-date");
            assertThat(q.runId()).isEqualTo(run.id());
        });
        assertThat(run.progress().rowsQuarantined()).isEqualTo(1);
        assertThat(run.progress().rowsFetched()).isEqualTo(3);
        assertThat(metrics.quarantined).isEqualTo(1);
        assertThat(metrics.rows).isEqualTo(3);
        assertThat(metrics.finished).containsExactly(RunStatus.COMPLETED);
    }

    @Test
    void resumesFromLastCheckpointAfterTheSourceFailedMidRun() {
        LongStream.rangeClosed(1, 10).forEach(id -> source.add(row(id, "2024-04-01T00:00:00", null)));
        source.failAfterPages(2);
        IngestRun failed = runOnce(StartRunCommand.incremental());
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("source unavailable");
        assertThat(failed.progress().pages()).isEqualTo(2);
        assertThat(lock.held(DATASET)).isFalse();

        source.recover();
        IngestRun resumed = runOnce(StartRunCommand.incremental());

        assertThat(resumed.id()).isEqualTo(failed.id());
        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(staging.records(resumed.id()))
                .extracting(CrimeRecord::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(source.requests().get(3).afterKey()).isEqualTo(6L);
    }

    @Test
    void aRunFailingForTheThirdTimeIsAbandonedAndTheNextTriggerStartsAFreshRunFromTheState() {
        LongStream.rangeClosed(1, 10).forEach(id -> source.add(row(id, "2024-04-01T00:00:00", null)));
        IngestRun failing = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            source.failAfterPages(1);
            failing = runOnce(StartRunCommand.incremental());
            assertThat(failing.failures()).isEqualTo(attempt);
        }

        assertThat(failing.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(failing.error()).contains("source unavailable");
        assertThat(staging.pages(failing.id())).isEmpty();
        assertThat(states.load(DATASET).orElseThrow().watermarkMaxDate()).isNull();
        assertThat(metrics.finished).containsExactly(RunStatus.FAILED, RunStatus.FAILED, RunStatus.ABANDONED);

        source.recover();
        IngestRun fresh = runOnce(StartRunCommand.incremental());

        assertThat(fresh.id()).isNotEqualTo(failing.id());
        assertThat(fresh.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(staging.records(fresh.id())).hasSize(10);
        assertThat(runs.find(failing.id()).orElseThrow().status()).isEqualTo(RunStatus.ABANDONED);
    }

    @Test
    void aRunWhoseLeaseWasTakenOverStopsWithoutOverwritingTheNewHoldersRecord() {
        LongStream.rangeClosed(1, 10).forEach(id -> source.add(row(id, "2024-04-01T00:00:00", null)));
        IngestRun started = service.start(StartRunCommand.incremental());
        lock.takeOver(DATASET, "replica-b");

        IngestRun stopped = service.execute(started.id());

        assertThat(stopped.status()).isEqualTo(RunStatus.FAILED);
        assertThat(stopped.error()).contains("lost the lease", "replica-b");
        assertThat(runs.find(started.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.find(started.id()).orElseThrow().progress().pages()).isZero();
        assertThat(lock.held(DATASET)).isTrue();
        assertThat(states.load(DATASET)).isEmpty();
    }

    @Test
    void resumedRunDropsAPageCommittedButNeverCheckpointed() {
        LongStream.rangeClosed(1, 4).forEach(id -> source.add(row(id, "2024-04-01T00:00:00", null)));
        IngestRun started = service.start(StartRunCommand.incremental());
        CrimeRecord stray = recordWithId(99, started.id());
        staging.commitStray(started.id(), 7, stray);

        IngestRun run = service.execute(started.id());

        assertThat(staging.records(run.id())).extracting(CrimeRecord::id).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRetriedPageAttemptIsDiscardedNotHalfStaged() {
        LongStream.rangeClosed(1, 5).forEach(id -> source.add(row(id, "2024-04-01T00:00:00", null)));
        source.breakNextAttempts(2);

        IngestRun run = runOnce(StartRunCommand.incremental());

        assertThat(staging.discarded()).isGreaterThanOrEqualTo(2);
        assertThat(staging.records(run.id())).extracting(CrimeRecord::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void secondTriggerWhileARunHoldsTheDatasetConflictsWithItsId() {
        IngestRun first = service.start(StartRunCommand.incremental());

        assertThatThrownBy(() -> service.start(StartRunCommand.incremental()))
                .isInstanceOf(RunConflictException.class)
                .satisfies(e ->
                        assertThat(((RunConflictException) e).runningRunId()).isEqualTo(first.id()));
    }

    @Test
    void backfillPullsEachMonthAsItsOwnWindowAndHonoursTheLimitPerMonth() {
        LongStream.rangeClosed(1, 5).forEach(id -> source.add(row(id, "2020-01-15T00:00:00", null)));
        LongStream.rangeClosed(6, 10).forEach(id -> source.add(row(id, "2020-03-15T00:00:00", null)));
        source.add(row(11, "2020-04-01T00:00:00", null));

        IngestRun run = runOnce(StartRunCommand.parse("backfill", "2020-01", "2020-03", 4L, 2));

        assertThat(run.windows()).hasSize(3);
        assertThat(staging.records(run.id()))
                .extracting(CrimeRecord::id)
                .containsExactly(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L);
        assertThat(run.totalRows()).isEqualTo(8);
    }

    @Test
    void onlyACompletedIncrementalRunMovesTheWatermarks() {
        source.add(row(1, "2024-05-01T08:00:00", "2024-05-02T09:00:00"));
        source.add(row(2, "2024-05-03T08:00:00", "2024-05-03T08:30:00"));

        runOnce(StartRunCommand.incremental());
        IngestState afterIncremental = states.load(DATASET).orElseThrow();
        runOnce(StartRunCommand.parse("backfill", "2024-05", "2024-05", null, null));
        IngestState afterBackfill = states.load(DATASET).orElseThrow();

        assertThat(afterIncremental.watermarkMaxDate()).isEqualTo(LocalDateTime.parse("2024-05-03T08:00:00"));
        assertThat(afterIncremental.watermarkMaxUpdatedOn()).isEqualTo(LocalDateTime.parse("2024-05-03T08:30:00"));
        assertThat(afterIncremental.rowsLastRun()).isEqualTo(2);
        assertThat(afterBackfill.watermarkMaxUpdatedOn()).isEqualTo(afterIncremental.watermarkMaxUpdatedOn());
        assertThat(afterBackfill.lastSuccessAt()).isAfter(afterIncremental.lastSuccessAt());
    }

    @Test
    void nextIncrementalRunAsksForRecentDaysOrRowsUpdatedSinceTheWatermark() {
        source.add(row(1, "2024-05-01T08:00:00", "2024-06-10T09:00:00"));
        runOnce(StartRunCommand.incremental());

        IngestRun next = runOnce(StartRunCommand.incremental());

        assertThat(next.windows().getFirst().dateFrom()).isEqualTo(LocalDateTime.parse("2024-05-01T00:00:00"));
        assertThat(next.windows().getFirst().updatedAfter()).isEqualTo(LocalDateTime.parse("2024-06-10T08:00:00"));
    }

    @Test
    void csvRunStagesEveryExportRowInPagesAndMovesTheWatermarks() {
        LongStream.of(9, 3, 7, 1, 5).forEach(id -> exports.add(row(id, "04/0" + id + "/2024 11:30:00 PM", null)));
        exports.add(row(8, "not a date", null));

        IngestRun run = runOnce(StartRunCommand.fromExport("export.csv", null, 2));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(staging.records(run.id())).extracting(CrimeRecord::id).containsExactly(9L, 3L, 7L, 1L, 5L);
        assertThat(staging.quarantined(run.id())).hasSize(1);
        assertThat(run.progress().pages()).isEqualTo(3);
        assertThat(states.load(DATASET).orElseThrow().watermarkMaxDate())
                .isEqualTo(LocalDateTime.parse("2024-04-09T23:30:00"));
    }

    @Test
    void csvRunResumesAfterTheRowsItsCheckpointCounts() {
        LongStream.rangeClosed(1, 7).forEach(id -> exports.add(row(id, "2024-04-01T00:00:00", null)));
        exports.failAfterRows(5);
        IngestRun failed = runOnce(StartRunCommand.fromExport("export.csv", null, 2));
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.progress().rowsFetched()).isEqualTo(4);

        exports.failAfterRows(Integer.MAX_VALUE);
        IngestRun resumed = runOnce(StartRunCommand.fromExport("export.csv", null, 2));

        assertThat(resumed.id()).isEqualTo(failed.id());
        assertThat(staging.records(resumed.id()))
                .extracting(CrimeRecord::id)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(exports.skips()).containsExactly(0L, 4L);
    }

    @Test
    void handsACompletedBatchToTheLakeAndRecordsWhatItDid() {
        source.add(row(1, "2024-04-01T00:00:00", null));

        IngestRun run = runOnce(StartRunCommand.incremental());

        assertThat(lake.compacted).containsExactly("crimes/" + run.id());
        assertThat(run.handoff()).isNotNull();
        assertThat(run.handoff().rowsInserted()).isEqualTo(1);
        assertThat(runs.find(run.id()).orElseThrow().handoff()).isEqualTo(run.handoff());
    }

    @Test
    void aBatchTheLakeCouldNotTakeIsOfferedAgainBeforeTheNextOneInOrder() {
        source.add(row(1, "2024-04-01T00:00:00", null));
        lake.down = true;
        IngestRun first = runOnce(StartRunCommand.incremental());
        assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(first.awaitingHandoff()).isTrue();

        lake.down = false;
        IngestRun second = runOnce(StartRunCommand.incremental());

        assertThat(lake.compacted).containsExactly("crimes/" + first.id(), "crimes/" + second.id());
        assertThat(runs.find(first.id()).orElseThrow().awaitingHandoff()).isFalse();
    }

    private IngestRun runOnce(StartRunCommand command) {
        return service.execute(service.start(command).id());
    }

    private static CrimeRecord recordWithId(long id, String runId) {
        return new CrimeRecord(
                id,
                null,
                LocalDateTime.parse("2024-04-01T00:00:00"),
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
                false,
                runId,
                Instant.EPOCH);
    }
}
