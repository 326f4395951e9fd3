package io.crimelake.lake.domain;

/**
 * Thrown when a writer's lease lapsed and another writer took it over: the work done under it must not be
 * published.
 */
public final class LeaseLostException extends RuntimeException {
    public LeaseLostException(Lease lost) {
        super("the lease on dataset '" + lost.dataset() + "' for " + lost.purpose() + " expired at " + lost.expiresAt()
                + " and was taken over; nothing was published");
    }
}
