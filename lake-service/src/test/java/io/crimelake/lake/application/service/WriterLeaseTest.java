package io.crimelake.lake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.Lease;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WriterLeaseTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** A lease store busy for the first {@code busyAttempts} calls. */
    static final class BusyLeaseStore implements LeaseStore {
        int busyAttempts;
        int attempts;
        Lease released;

        BusyLeaseStore(int busyAttempts) {
            this.busyAttempts = busyAttempts;
        }

        @Override
        public Lease acquire(String dataset, String purpose, Duration timeToLive) {
            attempts++;
            if (attempts <= busyAttempts) {
                throw new LakeBusyException(new Lease(dataset, "other", "vacuum", NOW, NOW.plusSeconds(5)));
            }
            return new Lease(dataset, "me", purpose, NOW, NOW.plus(timeToLive));
        }

        @Override
        public Lease renew(Lease lease, Duration timeToLive) {
            return lease;
        }

        @Override
        public void release(Lease lease) {
            released = lease;
        }
    }

    @Test
    void waitsForAShortHolderToFinish() {
        var store = new BusyLeaseStore(2);

        try (HeldLease held =
                new WriterLease(store, Duration.ofMinutes(1), Duration.ofSeconds(5)).take("crimes", "test")) {
            assertThat(store.attempts).isEqualTo(3);
        }

        assertThat(store.released.holder()).isEqualTo("me");
    }

    @Test
    void givesUpWhenTheWaitIsOver() {
        var store = new BusyLeaseStore(Integer.MAX_VALUE);

        assertThatThrownBy(() ->
                        new WriterLease(store, Duration.ofMinutes(1), Duration.ofMillis(250)).take("crimes", "test"))
                .isInstanceOf(LakeBusyException.class);
        assertThat(store.attempts).isBetween(2, 4);
    }
}
