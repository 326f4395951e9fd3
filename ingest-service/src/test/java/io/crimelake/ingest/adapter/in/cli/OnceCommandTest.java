package io.crimelake.ingest.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.ingest.domain.RunPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnceCommandTest {
    private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ScriptedRuns runs = new ScriptedRuns();

    @Test
    void readsSpaceAndEqualsSeparatedOptions() {
        assertThat(OnceCommand.options("--once", "--mode", "backfill", "--start=2024-01", "--end", "2024-03"))
                .containsEntry("once", "")
                .containsEntry("mode", "backfill")
                .containsEntry("start", "2024-01")
                .containsEntry("end", "2024-03");
    }

    @Test
    void passesTheBackfillRangeLimitAndPageSizeToTheRun() {
        int code = command()
                .run(OnceCommand.options(
                        "--once",
                        "--mode",
                        "backfill",
                        "--start",
                        "2024-01",
                        "--end",
                        "2024-03",
                        "--limit",
                        "10",
                        "--page-size",
                        "500"));

        assertThat(code).isZero();
        assertThat(runs.commands).containsExactly(StartRunCommand.parse("backfill", "2024-01", "2024-03", 10L, 500));
        assertThat(text(out)).startsWith("ingest run run-1 completed: mode=BACKFILL pages=0 rows=0");
    }

    @Test
    void runsABulkLoadFromACsvExport() {
        int code =
                command().run(OnceCommand.options("--once", "--from-csv", "/data/crimes.csv", "--page-size", "5000"));

        assertThat(code).isZero();
        assertThat(runs.commands).containsExactly(StartRunCommand.fromExport("/data/crimes.csv", null, 5000));
    }

    @Test
    void refusesACsvLoadWithAnotherMode() {
        assertThat(command().run(OnceCommand.options("--once", "--from-csv", "x.csv", "--mode", "backfill")))
                .isEqualTo(2);
        assertThat(text(err)).contains("mode");
    }

    @Test
    void exitsWith2AndOneLineForBadArguments() {
        int code = command().run(OnceCommand.options("--once", "--page-size", "lots"));

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).isEqualTo("ingest: invalid arguments: pageSize: 'lots' is not a whole number\n");
    }

    @Test
    void exitsWith1AndTheReasonWhenTheRunFails() {
        runs.failWith = "gave up on /resource/ijzp-q8t2.json after 6 attempts: HTTP 503";

        int code = command().run(OnceCommand.options("--once"));

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).isEqualTo("ingest run run-1 failed after 0 pages: " + runs.failWith + "\n");
    }

    @Test
    void exitsWith3WhenAnotherRunHoldsTheDataset() {
        runs.conflict = true;

        assertThat(command().run(OnceCommand.options("--once"))).isEqualTo(3);
        assertThat(text(err)).contains("run-0");
    }

    private OnceCommand command() {
        return new OnceCommand(
                runs,
                Clock.fixed(T0, ZoneOffset.UTC),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    /** Records commands and finishes runs as scripted. */
    private static final class ScriptedRuns implements RunIngestUseCase {
        final List<StartRunCommand> commands = new ArrayList<>();
        String failWith;
        boolean conflict;
        private IngestRun started;

        @Override
        public IngestRun start(StartRunCommand command) {
            if (conflict) {
                throw new RunConflictException("ijzp-q8t2", "run-0");
            }
            commands.add(command);
            var window = io.crimelake.ingest.domain.QueryWindow.since(
                    T0.atZone(ZoneOffset.UTC).toLocalDateTime(), null);
            started = IngestRun.pending(
                    "run-1",
                    "ijzp-q8t2",
                    new RunPlan(
                            command.mode(),
                            command.exportLocation() == null ? List.of(window) : List.of(),
                            command.exportLocation(),
                            null,
                            10),
                    T0);
            return started;
        }

        @Override
        public IngestRun execute(String runId) {
            IngestRun running = started.running(T0, null);
            return failWith == null
                    ? running.completed(T0.plusSeconds(1))
                    : running.failed(T0.plusSeconds(1), failWith);
        }
    }
}
