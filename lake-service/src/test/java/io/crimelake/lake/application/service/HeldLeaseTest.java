package io.crimelake.lake.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lake.domain.LeaseLostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeldLeaseTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    /** Counts renewals; refuses them once {@code takenOver}. */
    static final class RenewalCountingStore implements LeaseStore {
        final CountDownLatch renewals = new CountDownLatch(3);
        volatile boolean takenOver;
        volatile Lease released;

        @Override
        public Lease acquire(String dataset, String purpose, Duration timeToLive) {
            return new Lease(dataset, "me", purpose, NOW, NOW.plus(timeToLive));
        }

        @Override
        public Lease renew(Lease lease, Duration timeToLive) {
            if (takenOver) {
                throw new LeaseLostException(lease);
            }
            renewals.countDown();
            return lease;
        }

        @Override
        public void release(Lease lease) {
            released = lease;
        }
    }

    @Test
    void renewsInTheBackgroundUntilClosedThenReleases() throws Exception {
        var store = new RenewalCountingStore();
        Duration shortLived = Duration.ofMillis(30);

        try (var held = new HeldLease(store, store.acquire("crimes", "compaction", shortLived), shortLived)) {
            assertThat(store.renewals.await(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(store.released.holder()).isEqualTo("me");
    }

    @Test
    void confirmFailsOnceTheLeaseWasTakenOver() {
        var store = new RenewalCountingStore();
        Duration ttl = Duration.ofMinutes(10);

        try (var held = new HeldLease(store, store.acquire("crimes", "compaction", ttl), ttl)) {
            held.confirm();
            store.takenOver = true;

            assertThatThrownBy(held::confirm).isInstanceOf(LeaseLostException.class);
            store.takenOver = false;
            assertThatThrownBy(held::confirm).as("a lost lease stays lost").isInstanceOf(LeaseLostException.class);
        }
    }
}
