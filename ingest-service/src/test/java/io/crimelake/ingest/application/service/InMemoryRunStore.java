package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.domain.IngestRun;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Run records in a map, listed newest first like the file store. */
final class InMemoryRunStore implements RunStore {
    private final Map<String, IngestRun> runs = new ConcurrentHashMap<>();

    @Override
    public void save(IngestRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public Optional<IngestRun> find(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public List<IngestRun> list() {
        return runs.values().stream()
                .sorted(Comparator.comparing(IngestRun::createdAt)
                        .thenComparing(IngestRun::id)
                        .reversed())
                .toList();
    }
}
