package io.crimelake.ingest.adapter.in.schedule;

import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import io.crimelake.ingest.domain.RunConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Starts the daily incremental run on the {@code INGEST_CRON} schedule, Chicago time. */
public class ScheduledIngest {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledIngest.class);

    private final TriggerRunUseCase trigger;

    public ScheduledIngest(TriggerRunUseCase trigger) {
        this.trigger = trigger;
    }

    @Scheduled(cron = "${crimelake.ingest.cron}", zone = "America/Chicago")
    public void runIncremental() {
        try {
            var run = trigger.trigger(StartRunCommand.incremental());
            LOG.info("ingest scheduled run={} mode={}", run.id(), run.mode());
        } catch (RunConflictException e) {
            LOG.info("ingest scheduled run skipped: run {} is still in progress", e.runningRunId());
        }
    }
}
