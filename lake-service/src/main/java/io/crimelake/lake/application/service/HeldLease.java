package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lake.domain.LeaseLostException;
import java.time.Duration;

/**
 * A writer lease held while its work runs: renewed in the background every third of its lifetime, so that a
 * compaction longer than {@code LAKE_LEASE_TTL} keeps it, and confirmed right before a commit publishes, so
 * that a holder whose lease lapsed and was taken over never publishes.
 */
final class HeldLease implements AutoCloseable {
    private final LeaseStore leases;
    private final Duration timeToLive;
    private final Thread renewal;
    private Lease lease;
    private LeaseLostException lost;

    HeldLease(LeaseStore leases, Lease lease, Duration timeToLive) {
        this.leases = leases;
        this.lease = lease;
        this.timeToLive = timeToLive;
        this.renewal =
                Thread.ofVirtual().name("lease-renewal-" + lease.dataset()).start(this::renewPeriodically);
    }

    /**
     * Renews the lease now.
     *
     * @throws LeaseLostException when another writer took it over
     */
    synchronized void confirm() {
        if (lost != null) {
            throw lost;
        }
        try {
            lease = leases.renew(lease, timeToLive);
        } catch (LeaseLostException e) {
            lost = e;
            throw e;
        }
    }

    private void renewPeriodically() {
        while (true) {
            try {
                Thread.sleep(timeToLive.dividedBy(3));
            } catch (InterruptedException closed) {
                return;
            }
            try {
                confirm();
            } catch (LeaseLostException e) {
                return;
            } catch (RuntimeException storageHiccup) {
                // The lease still has two thirds of its lifetime; the next round or the commit's confirm retries.
            }
        }
    }

    /** Stops renewing and gives the lease back. */
    @Override
    public void close() {
        renewal.interrupt();
        try {
            renewal.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            leases.release(lease);
        }
    }
}
