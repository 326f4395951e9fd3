package io.crimelake.lake.adapter.in.schedule;

import io.crimelake.lake.application.port.in.RecoverLakeUseCase;
import io.crimelake.lake.application.port.in.VacuumLakeUseCase;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers and vacuums the lake at start-up, which completes batches a killed compaction left half done,
 * and then at a fixed interval; when a writer is busy it simply waits for the next turn.
 */
public final class ScheduledVacuum implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledVacuum.class);

    private final RecoverLakeUseCase recovery;
    private final VacuumLakeUseCase vacuum;
    private final Duration interval;

    public ScheduledVacuum(RecoverLakeUseCase recovery, VacuumLakeUseCase vacuum, Duration interval) {
        this.recovery = recovery;
        this.vacuum = vacuum;
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        try {
            int completed = recovery.recover(CrimesDataset.NAME);
            if (completed > 0) {
                LOG.warn("completed {} batches whose compaction had been interrupted", completed);
            }
            var result = vacuum.vacuum(CrimesDataset.NAME);
            LOG.info("vacuum deleted {} files and {} snapshots", result.filesDeleted(), result.snapshotsDeleted());
        } catch (LakeBusyException e) {
            LOG.info("recovery and vacuum skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("recovery or vacuum failed; retrying in {}", interval, e);
        }
    }
}
