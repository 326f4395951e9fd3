package io.crimelake.ui.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ui.application.port.in.IngestRunQuery;
import io.crimelake.ui.domain.admin.AdminCallException;
import io.crimelake.ui.domain.admin.IngestRun;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Follows ingest runs for one admin console: each {@link #poll} reports the runs, every run that ended and every batch
 * lake-service took since the previous poll (ingest hands a batch over after the run completed), and a failure once
 * per distinct reason (not on every retry); it tells the caller how long to wait: briefly while a run is active, so
 * progress looks live, longer when nothing moves.
 */
public final class RunMonitor {
    static final Duration WHILE_ACTIVE = Duration.ofSeconds(1);
    static final Duration WHILE_IDLE = Duration.ofSeconds(5);

    /** Receives what a poll found; called on the polling thread. */
    public interface Listener {
        void runs(List<IngestRun> runs);

        void finished(IngestRun run);

        void handedOff(IngestRun run);

        void failed(String reason);
    }

    private final IngestRunQuery query;
    private final Listener listener;
    private final Set<String> active = new HashSet<>();
    private Set<String> handedOff;
    private String lastFailure;

    public RunMonitor(IngestRunQuery query, Listener listener) {
        this.query = requireNonNull(query, "query is null");
        this.listener = requireNonNull(listener, "listener is null");
    }

    /** Marks a run just started, so its end is reported even if it finishes before the next poll sees it running. */
    public synchronized void follow(IngestRun run) {
        if (run.status().active()) {
            active.add(run.id());
        }
    }

    /** Reads the runs once and reports them; returns the wait before the next poll. */
    public synchronized Duration poll() {
        List<IngestRun> runs;
        try {
            runs = query.runs();
        } catch (AdminCallException e) {
            if (!Objects.equals(lastFailure, e.getMessage())) {
                lastFailure = e.getMessage();
                listener.failed(e.getMessage());
            }
            return WHILE_IDLE;
        }
        lastFailure = null;
        listener.runs(runs);
        for (IngestRun run : runs) {
            if (!run.status().active() && active.remove(run.id())) {
                listener.finished(run);
            } else if (run.status().active()) {
                active.add(run.id());
            }
        }
        reportHandoffs(runs);
        return active.isEmpty() ? WHILE_IDLE : WHILE_ACTIVE;
    }

    /** Batches taken before the console opened are history, not news: the first poll only records them. */
    private void reportHandoffs(List<IngestRun> runs) {
        boolean firstPoll = handedOff == null;
        if (firstPoll) {
            handedOff = new HashSet<>();
        }
        for (IngestRun run : runs) {
            if (run.handoff() != null && handedOff.add(run.id()) && !firstPoll) {
                listener.handedOff(run);
            }
        }
    }
}
