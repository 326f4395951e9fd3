package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The content of a lease object: which run holds the dataset, which process on which host, and until when.
 *
 * @param pid process id of the holder, to detect a holder on this host that died without releasing
 * @param processStartedAt when that process started, or null when the OS does not say; tells a reused pid apart
 */
record Lease(String runId, String host, long pid, Instant processStartedAt, Instant expiresAt) {
    Lease {
        requireNonNull(runId, "runId is null");
        requireNonNull(host, "host is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }

    /** A lease for this process. */
    static Lease ofCurrentProcess(String runId, String host, Instant expiresAt) {
        ProcessHandle self = ProcessHandle.current();
        return new Lease(runId, host, self.pid(), self.info().startInstant().orElse(null), expiresAt);
    }

    /** The same holder with another expiry: later to renew, now to release. */
    Lease until(Instant newExpiry) {
        return new Lease(runId, host, pid, processStartedAt, newExpiry);
    }

    boolean sameHolder(Lease other) {
        return runId.equals(other.runId) && host.equals(other.host) && pid == other.pid;
    }

    /** Whether the holder can no longer be running: the lease ran out, or its process on this host is gone. */
    boolean abandoned(Instant now, String thisHost) {
        if (!now.isBefore(expiresAt)) {
            return true;
        }
        return host.equals(thisHost) && !processAlive();
    }

    private boolean processAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> processStartedAt == null
                        || process.info()
                                .startInstant()
                                .map(processStartedAt::equals)
                                .orElse(true))
                .orElse(false);
    }
}
