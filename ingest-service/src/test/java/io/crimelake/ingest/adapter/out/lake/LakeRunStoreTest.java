package io.crimelake.ingest.adapter.out.lake;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.ingest.domain.PageSummary;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.ingest.domain.RunMode;
import io.crimelake.ingest.domain.RunPlan;
import io.crimelake.ingest.domain.RunProgress;
import io.crimelake.lakeformat.store.LocalObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeRunStoreTest {
    private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void savesAndReadsBackARunWithItsCheckpoint() throws IOException {
        LakeRunStore runs = new LakeRunStore(new LocalObjectStore(dataDir));
        var plan = new RunPlan(
                RunMode.BACKFILL,
                List.of(QueryWindow.month(YearMonth.of(2024, 1)), QueryWindow.month(YearMonth.of(2024, 2))),
                null,
                500L,
                100);
        IngestRun run = IngestRun.pending("20240615T080000Z-abcdef", "ijzp-q8t2", plan, T0)
                .running(T0.plusSeconds(1), 1234L)
                .withProgress(RunProgress.start()
                        .afterPage(new PageSummary(100, 100, 2, 4242L, LocalDateTime.parse("2024-01-31T23:00"), null)));

        runs.save(run);

        assertThat(runs.find(run.id())).contains(run);
        assertThat(runs.find("../../etc/passwd")).isEmpty();
        assertThat(Files.readString(dataDir.resolve("state/runs/" + run.id() + ".json")))
                .contains("\"rows_quarantined\" : 2");
    }

    @Test
    void listsNewestFirst() throws IOException {
        LakeRunStore runs = new LakeRunStore(new LocalObjectStore(dataDir));
        var plan = new RunPlan(RunMode.INCREMENTAL, List.of(QueryWindow.month(YearMonth.of(2024, 1))), null, null, 10);
        runs.save(IngestRun.pending("a", "ijzp-q8t2", plan, T0));
        runs.save(IngestRun.pending("b", "ijzp-q8t2", plan, T0.plusSeconds(5)));

        assertThat(runs.list()).extracting(IngestRun::id).containsExactly("b", "a");
    }

    @Test
    void keepsTheStateInOneFileWithSnakeCaseNames() throws IOException {
        LakeStateStore states = new LakeStateStore(new LocalObjectStore(dataDir));
        IngestState state = new IngestState(
                "ijzp-q8t2",
                LocalDateTime.parse("2024-06-14T23:00"),
                LocalDateTime.parse("2024-06-15T01:00"),
                T0,
                T0,
                14,
                700);

        states.save(state);

        assertThat(states.load("ijzp-q8t2")).contains(state);
        assertThat(states.load("other")).isEmpty();
        assertThat(Files.readString(dataDir.resolve("state/ingest_state.json")))
                .contains(
                        "\"dataset_id\"",
                        "\"watermark_max_date\"",
                        "\"watermark_max_updated_on\"",
                        "\"last_run_at\"",
                        "\"last_success_at\"",
                        "\"backfill_days\"",
                        "\"rows_last_run\"");
    }
}
