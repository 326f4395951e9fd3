package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.ingest.domain.RunPlan;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Turns a run request and the dataset state into a frozen plan: portal windows or an export file. */
final class RunPlanner {
    private final IncrementalWindowPolicy policy;
    private final int defaultPageSize;
    private final Clock sourceClock;

    /**
     * @param sourceClock a clock in the portal's time zone, since windows are in its wall-clock time
     */
    RunPlanner(IncrementalWindowPolicy policy, int defaultPageSize, Clock sourceClock) {
        this.policy = requireNonNull(policy, "policy is null");
        this.defaultPageSize = defaultPageSize;
        this.sourceClock = requireNonNull(sourceClock, "sourceClock is null");
    }

    RunPlan plan(StartRunCommand command, IngestState state) {
        int pageSize = command.pageSize() != null ? command.pageSize() : defaultPageSize;
        Long limit = command.rowLimitPerWindow();
        return switch (command.mode()) {
            case BACKFILL -> new RunPlan(command.mode(), command.months().windows(), null, limit, pageSize);
            case INCREMENTAL -> {
                var window = policy.windowAt(LocalDateTime.now(sourceClock), state);
                yield new RunPlan(command.mode(), List.of(window), null, limit, pageSize);
            }
            case CSV -> new RunPlan(command.mode(), List.of(), command.exportLocation(), limit, pageSize);
        };
    }
}
