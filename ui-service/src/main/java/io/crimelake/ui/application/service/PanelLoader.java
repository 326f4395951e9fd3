package io.crimelake.ui.application.service;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs one panel's query off the UI thread and reports its states; when requests overlap only the newest
 * one's answer is reported, so a slow old answer never overwrites a newer filter's data.
 */
public final class PanelLoader<T> {
    private final Executor executor;
    private final Predicate<T> isEmpty;
    private final Consumer<PanelState<T>> listener;
    private final AtomicLong latest = new AtomicLong();

    /**
     * @param isEmpty decides when an answer means "no incidents match"
     * @param listener receives every state, on the executor's thread for answers
     */
    public PanelLoader(Executor executor, Predicate<T> isEmpty, Consumer<PanelState<T>> listener) {
        this.executor = requireNonNull(executor, "executor is null");
        this.isEmpty = requireNonNull(isEmpty, "isEmpty is null");
        this.listener = requireNonNull(listener, "listener is null");
    }

    /** Reports {@link PanelState.Loading} now, then the answer of {@code query} unless a newer load began. */
    public void load(Supplier<T> query) {
        long request = latest.incrementAndGet();
        listener.accept(new PanelState.Loading<>());
        executor.execute(() -> {
            PanelState<T> state = answer(query);
            if (latest.get() == request) {
                listener.accept(state);
            }
        });
    }

    private PanelState<T> answer(Supplier<T> query) {
        try {
            T data = query.get();
            return isEmpty.test(data) ? new PanelState.Empty<>() : new PanelState.Loaded<>(data);
        } catch (RuntimeException e) {
            return new PanelState.Failed<>(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
