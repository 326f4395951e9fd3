package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.IngestMetrics;
import io.crimelake.ingest.domain.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Adds up what the service reports, for assertions. */
final class RecordingMetrics implements IngestMetrics {
    long rows;
    long quarantined;
    final List<RunStatus> finished = new ArrayList<>();

    @Override
    public void pageStaged(long pageRows, long pageQuarantined) {
        rows += pageRows;
        quarantined += pageQuarantined;
    }

    @Override
    public void runFinished(RunStatus status, Duration duration) {
        finished.add(status);
    }
}
