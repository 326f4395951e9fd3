package io.crimelake.ingest.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second each time it is read, so runs created in one test sort in order. */
final class TickingClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    TickingClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private TickingClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        TickingClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return newZone;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return outer.withZone(zone);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofSeconds(1));
        return now;
    }
}
