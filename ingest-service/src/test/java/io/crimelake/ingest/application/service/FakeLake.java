package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.LakeCompaction;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.domain.Handoff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A lake that records which batches it was asked to compact, and can be down. */
final class FakeLake implements LakeCompaction {
    final List<String> compacted = new ArrayList<>();
    boolean down;

    @Override
    public Handoff compact(String dataset, String batchId) {
        if (down) {
            throw new LakeUnavailableException("lake-service is down (scripted)", null);
        }
        compacted.add(dataset + "/" + batchId);
        return new Handoff(Instant.EPOCH, (long) compacted.size(), 1, 0, 0);
    }
}
