package io.crimelake.ingest.adapter.in.cli;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.ingest.domain.RunStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --once [--mode backfill --start 2024-01 --end 2024-03 | --from-csv FILE|URL] [--limit N] [--page-size
 * N]}: one run in the foreground, then one line saying how it went, and an exit code for cron and Kubernetes.
 */
final class OnceCommand {
    static final int COMPLETED = 0;
    static final int FAILED = 1;
    static final int INVALID_ARGUMENTS = 2;
    static final int CONFLICT = 3;

    private final RunIngestUseCase runs;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    OnceCommand(RunIngestUseCase runs, Clock clock, PrintStream out, PrintStream err) {
        this.runs = requireNonNull(runs, "runs is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
    }

    /** Runs once with the given options (name to value, without dashes) and returns the exit code. */
    int run(Map<String, String> options) {
        StartRunCommand command;
        try {
            command = command(options);
        } catch (InvalidRunRequestException e) {
            err.println("ingest: invalid arguments: " + e.getMessage());
            return INVALID_ARGUMENTS;
        }
        IngestRun run;
        try {
            run = runs.execute(runs.start(command).id());
        } catch (RunConflictException e) {
            err.println("ingest: not started: " + e.getMessage());
            return CONFLICT;
        }
        if (run.status() != RunStatus.COMPLETED) {
            err.println(
                    "ingest run " + run.id() + " failed after " + run.progress().pages() + " pages: " + run.error());
            return FAILED;
        }
        out.println("ingest run " + run.id() + " completed: mode=" + run.mode() + " pages="
                + run.progress().pages()
                + " rows=" + run.progress().rowsFetched() + " quarantined="
                + run.progress().rowsQuarantined()
                + " rows_per_s=" + Math.round(run.rowsPerSecond(clock.instant())));
        return COMPLETED;
    }

    private static StartRunCommand command(Map<String, String> options) {
        Long limit = number(options, "limit", "limit");
        Integer pageSize = intNumber(options, "page-size");
        if (options.containsKey("from-csv")) {
            String mode = options.get("mode");
            if (mode != null && !mode.equalsIgnoreCase("csv")) {
                throw new InvalidRunRequestException("mode", "--from-csv reads an export file; leave out --mode");
            }
            String location = options.get("from-csv");
            return StartRunCommand.fromExport(location.isBlank() ? null : location, limit, pageSize);
        }
        return StartRunCommand.parse(options.get("mode"), options.get("start"), options.get("end"), limit, pageSize);
    }

    /** Reads {@code --name value} and {@code --name=value} options; a bare {@code --name} maps to "". */
    static Map<String, String> options(String... arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            if (!arguments[i].startsWith("--")) {
                continue;
            }
            String option = arguments[i].substring(2);
            int equals = option.indexOf('=');
            if (equals >= 0) {
                options.put(option.substring(0, equals), option.substring(equals + 1));
            } else if (i + 1 < arguments.length && !arguments[i + 1].startsWith("--")) {
                options.put(option, arguments[++i]);
            } else {
                options.put(option, "");
            }
        }
        return options;
    }

    private static Long number(Map<String, String> options, String option, String field) {
        String text = options.get(option);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRunRequestException(field, "'" + text + "' is not a whole number");
        }
    }

    private static Integer intNumber(Map<String, String> options, String option) {
        Long value = number(options, option, "pageSize");
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw new InvalidRunRequestException("pageSize", "must be between 1 and " + StartRunCommand.MAX_PAGE_SIZE);
        }
        return value == null ? null : value.intValue();
    }
}
