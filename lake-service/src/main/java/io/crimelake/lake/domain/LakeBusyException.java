package io.crimelake.lake.domain;

/** Thrown when another writer holds a dataset's lease. */
public final class LakeBusyException extends RuntimeException {
    public LakeBusyException(Lease held) {
        super("dataset '" + held.dataset() + "' is busy with " + held.purpose() + " until " + held.expiresAt());
    }
}
