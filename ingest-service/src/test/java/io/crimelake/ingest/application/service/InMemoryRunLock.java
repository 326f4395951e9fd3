package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.domain.LeaseLostException;
import io.crimelake.ingest.domain.RunConflictException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A lease table in memory; {@link #expire} stands in for a holder that died. */
final class InMemoryRunLock implements RunLock {
    private final Map<String, String> holders = new ConcurrentHashMap<>();

    @Override
    public void acquire(String datasetId, String runId) {
        String holder = holders.putIfAbsent(datasetId, runId);
        if (holder != null) {
            throw new RunConflictException(datasetId, holder);
        }
    }

    @Override
    public void renew(String datasetId, String runId) {
        if (!runId.equals(holders.get(datasetId))) {
            throw new LeaseLostException(datasetId, runId, String.valueOf(holders.get(datasetId)));
        }
    }

    @Override
    public void release(String datasetId, String runId) {
        holders.remove(datasetId, runId);
    }

    /** Another replica takes the dataset over, as after this holder's lease expired. */
    void takeOver(String datasetId, String runId) {
        holders.put(datasetId, runId);
    }

    void expire(String datasetId) {
        holders.remove(datasetId);
    }

    boolean held(String datasetId) {
        return holders.containsKey(datasetId);
    }
}
