package io.crimelake.ingest.adapter.in.cli;

import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs {@link OnceCommand} when the process was started with {@code --once}; otherwise does nothing. */
@Component
class OnceRunner implements ApplicationRunner, ExitCodeGenerator {
    /** The command-line switch that makes the process run once and exit. */
    static final String ONCE = "once";

    private final RunIngestUseCase runs;
    private final Clock clock;
    private int exitCode;

    OnceRunner(RunIngestUseCase runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(ONCE)) {
            return;
        }
        // The raw arguments, since Spring reads only --name=value and the documented form is --name value.
        Map<String, String> options = OnceCommand.options(arguments.getSourceArgs());
        exitCode = new OnceCommand(runs, clock, System.out, System.err).run(options);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
