package io.crimelake.ingest.domain.reference;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The boundaries the lake currently holds.
 *
 * @param version identifies the stored content (a digest of it): equal content, equal version
 * @param sourceUpdatedAt the portal's {@code rowsUpdatedAt} when they were fetched, to tell whether it changed
 * @param areas how many community areas they hold
 */
public record StoredBoundaries(String version, Instant sourceUpdatedAt, int areas) {

    public StoredBoundaries {
        requireNonNull(version, "version is null");
        requireNonNull(sourceUpdatedAt, "sourceUpdatedAt is null");
    }
}
