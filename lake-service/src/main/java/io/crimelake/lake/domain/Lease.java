package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The right of one writer to change a dataset until {@code expiresAt}; an expired lease may be taken over, so
 * a crashed holder blocks others only until then.
 *
 * @param holder unique token of the holding process and attempt
 * @param purpose what the holder is doing, e.g. {@code compaction 20240105T031500Z-9f2c1a} or {@code vacuum}
 */
public record Lease(String dataset, String holder, String purpose, Instant acquiredAt, Instant expiresAt) {
    public Lease {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(holder, "holder is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(acquiredAt, "acquiredAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        if (!expiresAt.isAfter(acquiredAt)) {
            throw new IllegalArgumentException("a lease must expire after it is acquired");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
