package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import io.crimelake.ui.application.service.RunMonitor;
import java.util.concurrent.locks.LockSupport;

/**
 * Polls a {@link RunMonitor} on a virtual thread of its own while the console is on screen. The thread is started
 * from a browser request, so its calls through the gateway carry that browser's address.
 */
final class RunPoller {
    private final RunMonitor monitor;
    private volatile Thread thread;

    RunPoller(RunMonitor monitor) {
        this.monitor = requireNonNull(monitor, "monitor is null");
    }

    void start() {
        thread = Thread.ofVirtual().name("admin-run-poller").start(this::loop);
    }

    /** Polls now instead of at the end of the current wait, e.g. right after a run was started. */
    void wake() {
        Thread current = thread;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    void stop() {
        Thread current = thread;
        thread = null;
        if (current != null) {
            current.interrupt();
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            // An unpark from wake() ends the wait early; an interrupt from stop() ends the loop.
            LockSupport.parkNanos(monitor.poll().toNanos());
        }
    }
}
