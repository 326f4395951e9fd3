package io.crimelake.lake.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.LakeBusyException;
import java.time.Duration;

/**
 * Takes a dataset's writer lease, waiting up to {@code wait} for a short holder such as a vacuum to finish
 * before giving up with {@link LakeBusyException}; the lease is renewed while held.
 */
public final class WriterLease {
    private static final Duration POLL = Duration.ofMillis(100);

    private final LeaseStore leases;
    private final Duration timeToLive;
    private final Duration wait;

    public WriterLease(LeaseStore leases, Duration timeToLive, Duration wait) {
        this.leases = requireNonNull(leases, "leases is null");
        this.timeToLive = requireNonNull(timeToLive, "timeToLive is null");
        this.wait = requireNonNull(wait, "wait is null");
    }

    /** The dataset's lease, kept renewed until it is closed. */
    HeldLease take(String dataset, String purpose) {
        // Waiting is measured on the monotonic clock: the lease clock may be a test's hand-moved one.
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return new HeldLease(leases, leases.acquire(dataset, purpose, timeToLive), timeToLive);
            } catch (LakeBusyException e) {
                if (System.nanoTime() + POLL.toNanos() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lease", e);
        }
    }
}
