package io.crimelake.lake.application.port.out;

import io.crimelake.lake.domain.Lease;
import java.time.Duration;

/**
 * Outgoing port for the per-dataset writer lease that keeps two replicas from changing the lake at once. Of
 * any number of writers racing for a dataset, at most one holds its lease at a time.
 */
public interface LeaseStore {
    /**
     * Takes the dataset's lease when it is free or expired.
     *
     * @throws io.crimelake.lake.domain.LakeBusyException when another holder's lease is still valid, or another
     *     writer took it first
     */
    Lease acquire(String dataset, String purpose, Duration timeToLive);

    /**
     * Extends a held lease to {@code timeToLive} from now.
     *
     * @throws io.crimelake.lake.domain.LeaseLostException when another writer took it over after it expired
     */
    Lease renew(Lease lease, Duration timeToLive);

    /** Gives the lease back if this holder still has it. */
    void release(Lease lease);
}
