package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.domain.Lease;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON form of a dataset's writer lease; a released lease stays as a document with {@code releasedAt},
 * since only a compare-and-swap may change the object once writers share it.
 */
record LeaseDocument(
        String dataset, String holder, String purpose, Instant acquiredAt, Instant expiresAt, Instant releasedAt) {
    static LeaseDocument held(Lease lease) {
        return new LeaseDocument(
                lease.dataset(), lease.holder(), lease.purpose(), lease.acquiredAt(), lease.expiresAt(), null);
    }

    LeaseDocument releasedAt(Instant now) {
        return new LeaseDocument(dataset, holder, purpose, acquiredAt, expiresAt, now);
    }

    /** The lease, unless it was released. */
    Optional<Lease> lease() {
        return releasedAt == null
                ? Optional.of(new Lease(dataset, holder, purpose, acquiredAt, expiresAt))
                : Optional.empty();
    }
}
