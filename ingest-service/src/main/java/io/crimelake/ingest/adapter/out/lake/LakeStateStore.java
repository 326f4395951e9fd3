package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.StateStore;
import io.crimelake.ingest.domain.IngestState;
import io.crimelake.lakeformat.store.NoSuchObjectException;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Keeps the ingest state as {@code state/ingest_state.json} in the store, replaced atomically on save. */
public final class LakeStateStore implements StateStore {
    static final String KEY = "state/ingest_state.json";

    private final ObjectStore store;

    public LakeStateStore(ObjectStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public Optional<IngestState> load(String datasetId) {
        try (InputStream in = store.open(KEY)) {
            IngestState state = StateJson.MAPPER.readValue(in, IngestState.class);
            return state.datasetId().equals(datasetId) ? Optional.of(state) : Optional.empty();
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KEY, e);
        }
    }

    @Override
    public void save(IngestState state) {
        try {
            store.publish(KEY, StateJson.MAPPER.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + KEY, e);
        }
    }
}
