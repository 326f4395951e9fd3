package io.crimelake.gateway.health;

import static java.util.Objects.requireNonNull;

/** One upstream's health as seen from the gateway: its reported status and how long the check took. */
public record UpstreamHealth(Status status, long latencyMs) {

    /** What the gateway learned: the service said UP, said anything else, or did not answer in time. */
    public enum Status {
        UP,
        DOWN,
        UNREACHABLE
    }

    public UpstreamHealth {
        requireNonNull(status, "status is null");
    }
}
