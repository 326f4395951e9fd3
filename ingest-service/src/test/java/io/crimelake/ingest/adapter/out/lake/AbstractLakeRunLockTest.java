package io.crimelake.ingest.adapter.out.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.domain.LeaseLostException;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.lakeformat.store.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run lease's behaviour on every store it can live in; one subclass per store. */
abstract class AbstractLakeRunLockTest {
    static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
    static final String DATASET = "ijzp-q8t2";

    ObjectStore store;

    /** A fresh, empty store for each test. */
    abstract ObjectStore createStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }

    @Test
    void aSecondReplicaConflictsWithTheHoldersRunId() {
        lock(T0, "host-a").acquire(DATASET, "run-1");

        assertThatThrownBy(() -> lock(T0, "host-b").acquire(DATASET, "run-2"))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).runningRunId())
                .isEqualTo("run-1");
        lock(T0, "host-b").acquire("other-dataset", "run-3");
    }

    @Test
    void aReleasedLeaseCanBeTakenAgainByAnotherReplica() {
        lock(T0, "host-a").acquire(DATASET, "run-1");
        lock(T0, "host-a").release(DATASET, "run-1");

        lock(T0.plusSeconds(1), "host-b").acquire(DATASET, "run-2");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsOldHolderCanNeitherRenewNorReleaseIt() {
        lock(T0, "host-a").acquire(DATASET, "run-1");
        lock(T0.plus(Duration.ofMinutes(11)), "host-b").acquire(DATASET, "run-2");

        assertThatThrownBy(() -> lock(T0, "host-a").renew(DATASET, "run-1"))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("lost the lease")
                .hasMessageContaining("run-2");
        lock(T0, "host-a").release(DATASET, "run-1");
        assertThatThrownBy(() -> lock(T0.plus(Duration.ofMinutes(12)), "host-c").acquire(DATASET, "run-3"))
                .isInstanceOf(RunConflictException.class);
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstExpiry() {
        lock(T0, "host-a").acquire(DATASET, "run-1");
        lock(T0.plus(Duration.ofMinutes(9)), "host-a").renew(DATASET, "run-1");

        assertThatThrownBy(() -> lock(T0.plus(Duration.ofMinutes(11)), "host-b").acquire(DATASET, "run-2"))
                .isInstanceOf(RunConflictException.class);
        lock(T0.plus(Duration.ofMinutes(20)), "host-b").acquire(DATASET, "run-2");
    }

    @Test
    void aDeadHolderOnThisHostLosesTheLeaseAtOnce() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.onExit().join();
        Lease dead = new Lease("run-1", "host-a", finished.pid(), null, T0.plus(Duration.ofMinutes(10)));
        Lease alive = Lease.ofCurrentProcess("run-1", "host-a", T0.plus(Duration.ofMinutes(10)));

        assertThat(dead.abandoned(T0, "host-a")).isTrue();
        assertThat(dead.abandoned(T0, "host-b")).isFalse();
        assertThat(alive.abandoned(T0, "host-a")).isFalse();
    }

    LakeRunLock lock(Instant now, String host) {
        return new LakeRunLock(store, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC), host);
    }
}
