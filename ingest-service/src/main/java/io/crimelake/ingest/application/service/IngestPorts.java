package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.ExportSource;
import io.crimelake.ingest.application.port.out.IngestMetrics;
import io.crimelake.ingest.application.port.out.LakeCompaction;
import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.StagingStore;
import io.crimelake.ingest.application.port.out.StateStore;

/** The outgoing ports an ingest run uses, grouped so the service constructor stays readable. */
public record IngestPorts(
        SocrataSource source,
        ExportSource exports,
        StagingStore staging,
        RunStore runs,
        StateStore states,
        RunLock lock,
        IngestMetrics metrics,
        LakeCompaction lake) {
    public IngestPorts {
        requireNonNull(lake, "lake is null");
        requireNonNull(metrics, "metrics is null");
        requireNonNull(source, "source is null");
        requireNonNull(exports, "exports is null");
        requireNonNull(staging, "staging is null");
        requireNonNull(runs, "runs is null");
        requireNonNull(states, "states is null");
        requireNonNull(lock, "lock is null");
    }
}
