package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.StateStore;
import io.crimelake.ingest.domain.IngestState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Dataset states in a map. */
final class InMemoryStateStore implements StateStore {
    private final Map<String, IngestState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<IngestState> load(String datasetId) {
        return Optional.ofNullable(states.get(datasetId));
    }

    @Override
    public void save(IngestState state) {
        states.put(state.datasetId(), state);
    }
}
