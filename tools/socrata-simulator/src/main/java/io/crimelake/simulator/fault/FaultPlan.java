package io.crimelake.simulator.fault;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults waiting for upcoming requests: scripted faults first, in the order they were enqueued, then the
 * random injection. Safe to use from tests while the server handles requests.
 */
public final class FaultPlan {

    private final List<Pending> scripted = new ArrayList<>();
    private final RandomFaults random;

    public FaultPlan(RandomFaults random) {
        this.random = requireNonNull(random, "random is null");
    }

    /** Makes the next {@link Fault#times()} requests whose path matches suffer the fault. */
    public synchronized FaultPlan enqueue(Fault fault) {
        scripted.add(new Pending(requireNonNull(fault, "fault is null")));
        return this;
    }

    /** Drops every scripted fault that has not fired yet; random injection stays. */
    public synchronized void clear() {
        scripted.clear();
    }

    public synchronized int pendingCount() {
        return scripted.stream().mapToInt(pending -> pending.remaining).sum();
    }

    /** Returns the fault for a request to {@code path}, consuming one use of a scripted fault. */
    public Optional<Fault> next(String path) {
        synchronized (this) {
            Iterator<Pending> iterator = scripted.iterator();
            while (iterator.hasNext()) {
                Pending pending = iterator.next();
                if (pending.fault.appliesTo(path)) {
                    if (--pending.remaining == 0) {
                        iterator.remove();
                    }
                    return Optional.of(pending.fault);
                }
            }
        }
        return random.draw();
    }

    private static final class Pending {
        private final Fault fault;
        private int remaining;

        private Pending(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }
}
