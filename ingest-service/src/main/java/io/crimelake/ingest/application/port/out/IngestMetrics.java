package io.crimelake.ingest.application.port.out;

import io.crimelake.ingest.domain.RunStatus;
import java.time.Duration;

/** Outgoing port for operational counters: what runs staged and how they ended. */
public interface IngestMetrics {
    /** A page was committed to staging with {@code rows} rows, {@code quarantined} of them rejected. */
    void pageStaged(long rows, long quarantined);

    /** A run ended after working for {@code duration} in this process. */
    void runFinished(RunStatus status, Duration duration);
}
