package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.Lease;
import java.time.Duration;

/** Outgoing port for the per-dataset writer lease that keeps two replicas from changing the lake at once. */
public interface LeaseStore {
    /**
     * Takes the dataset's lease when it is free or expired.
     *
     * @throws io.crimelake.lake.domain.LakeBusyException when another holder's lease is still valid
     */
    Lease acquire(String dataset, String purpose, Duration timeToLive);

    /** Gives the lease back if this holder still has it. */
    void release(Lease lease);
}
