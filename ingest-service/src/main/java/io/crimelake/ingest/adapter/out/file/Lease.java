package io.crimelake.ingest.adapter.out.file;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Properties;

/**
 * The content of a lease file: which run holds the dataset, which process on which host, and until when.
 *
 * @param pid process id of the holder, to detect a holder on this host that died without releasing
 */
record Lease(String runId, String host, long pid, Instant expiresAt) {
    Lease {
        requireNonNull(runId, "runId is null");
        requireNonNull(host, "host is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }

    static Lease fromProperties(Properties properties) {
        return new Lease(
                properties.getProperty("run_id"),
                properties.getProperty("host"),
                Long.parseLong(properties.getProperty("pid")),
                Instant.parse(properties.getProperty("expires_at")));
    }

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("run_id", runId);
        properties.setProperty("host", host);
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("expires_at", expiresAt.toString());
        return properties;
    }

    boolean heldBy(String otherRunId, String otherHost, long otherPid) {
        return runId.equals(otherRunId) && host.equals(otherHost) && pid == otherPid;
    }

    /** Whether the holder can no longer be running: the lease ran out, or its process on this host is gone. */
    boolean abandoned(Instant now, String thisHost) {
        if (now.isAfter(expiresAt)) {
            return true;
        }
        return host.equals(thisHost)
                && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
