package io.crimelake.simulator.data;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The served crimes dataset: an atomically replaced snapshot, so that a request streams one consistent table
 * while the dataset advances underneath it.
 */
public final class CrimeDataset {

    private final AtomicReference<Snapshot> current;

    public CrimeDataset(CrimeTable table, Instant rowsUpdatedAt) {
        current = new AtomicReference<>(new Snapshot(table, rowsUpdatedAt));
    }

    public Snapshot snapshot() {
        return current.get();
    }

    /** Replaces the snapshot; updates are serialised so that none is lost. */
    public synchronized Snapshot update(UnaryOperator<Snapshot> change) {
        Snapshot next = requireNonNull(change.apply(current.get()), "next snapshot is null");
        current.set(next);
        return next;
    }

    /** A table together with the time its rows last changed (the metadata's {@code rowsUpdatedAt}). */
    public record Snapshot(CrimeTable table, Instant rowsUpdatedAt) {
        public Snapshot {
            requireNonNull(table, "table is null");
            requireNonNull(rowsUpdatedAt, "rowsUpdatedAt is null");
        }
    }
}
