package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.in.HandOffBatchUseCase;
import io.crimelake.ingest.application.port.in.RunNotCompletedException;
import io.crimelake.ingest.application.port.out.LakeCompaction;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.domain.Handoff;
import io.crimelake.ingest.domain.IngestRun;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers completed batches to the lake and records what it did with them in the run audit. */
public final class HandoffService implements HandOffBatchUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffService.class);

    private final LakeCompaction lake;
    private final RunStore runs;
    private final String dataset;

    /** @param dataset the lake name of the dataset the batches belong to, e.g. {@code crimes} */
    public HandoffService(LakeCompaction lake, RunStore runs, String dataset) {
        this.lake = requireNonNull(lake, "lake is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.dataset = requireNonNull(dataset, "dataset is null");
    }

    @Override
    public synchronized IngestRun handOff(String runId) {
        IngestRun run = runs.find(runId).orElseThrow(() -> new NoSuchElementException("no run with id " + runId));
        if (run.handoff() != null) {
            return run;
        }
        if (!run.awaitingHandoff()) {
            throw new RunNotCompletedException(
                    "run " + runId + " is " + run.status() + "; only a completed batch can be handed off");
        }
        Handoff result = lake.compact(dataset, runId);
        IngestRun handedOff = run.handedOff(result);
        runs.save(handedOff);
        LOG.info(
                "ingest handoff run={} snapshot={} inserted={} updated={} unchanged={}",
                runId,
                result.snapshotId(),
                result.rowsInserted(),
                result.rowsUpdated(),
                result.rowsUnchanged());
        return handedOff;
    }

    @Override
    public void handOffPending() {
        List<IngestRun> pending = runs.list().reversed().stream()
                .filter(IngestRun::awaitingHandoff)
                .toList();
        for (IngestRun run : pending) {
            try {
                handOff(run.id());
            } catch (LakeUnavailableException e) {
                // Later batches may overwrite the same rows, so they must not overtake this one.
                LOG.warn("ingest handoff_pending run={} reason={}", run.id(), e.getMessage());
                return;
            }
        }
    }
}
