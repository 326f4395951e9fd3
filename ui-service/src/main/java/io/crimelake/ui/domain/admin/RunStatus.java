package io.crimelake.ui.domain.admin;

import java.util.Locale;

/** Where an ingest run is in its life, as ingest-service reports it. */
public enum RunStatus {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED;

    /** Reads ingest-service's status name in any case. */
    public static RunStatus parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the run may still change. */
    public boolean active() {
        return this == PENDING || this == RUNNING;
    }
}
