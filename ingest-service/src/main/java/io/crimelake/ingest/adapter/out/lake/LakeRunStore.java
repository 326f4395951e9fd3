package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.RunStore;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.lakeformat.store.NoSuchObjectException;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Keeps each run record, which is also its checkpoint, as {@code state/runs/<runId>.json}, replaced atomically. */
public final class LakeRunStore implements RunStore {
    private static final String PREFIX = "state/runs/";
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final ObjectStore store;

    public LakeRunStore(ObjectStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public void save(IngestRun run) {
        try {
            store.publish(key(run.id()), StateJson.MAPPER.writeValueAsBytes(run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + run.id(), e);
        }
    }

    @Override
    public Optional<IngestRun> find(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(key(runId)));
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run " + runId, e);
        }
    }

    @Override
    public List<IngestRun> list() {
        try {
            List<IngestRun> runs = new ArrayList<>();
            for (ObjectEntry entry : store.list(PREFIX)) {
                if (entry.key().endsWith(".json")) {
                    runs.add(read(entry.key()));
                }
            }
            runs.sort(Comparator.comparing(IngestRun::createdAt)
                    .thenComparing(IngestRun::id)
                    .reversed());
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs", e);
        }
    }

    private IngestRun read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return StateJson.MAPPER.readValue(in, IngestRun.class);
        }
    }

    private static String key(String runId) {
        return PREFIX + runId + ".json";
    }
}
