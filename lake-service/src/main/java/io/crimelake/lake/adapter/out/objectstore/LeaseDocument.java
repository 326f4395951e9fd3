package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.domain.Lease;
import java.time.Instant;

/** The JSON form of a dataset's writer lease. */
record LeaseDocument(String dataset, String holder, String purpose, Instant acquiredAt, Instant expiresAt) {
    static LeaseDocument from(Lease lease) {
        return new LeaseDocument(
                lease.dataset(), lease.holder(), lease.purpose(), lease.acquiredAt(), lease.expiresAt());
    }

    Lease toLease() {
        return new Lease(dataset, holder, purpose, acquiredAt, expiresAt);
    }
}
