package io.crimelake.ingest.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, which run leases record so a dead holder on the same host can be recognised. */
final class HostName {
    private HostName() {}

    static String current() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // Without a name, leases from this host are only ever reclaimed by expiry, which is still safe.
            return "unknown-host";
        }
    }
}
