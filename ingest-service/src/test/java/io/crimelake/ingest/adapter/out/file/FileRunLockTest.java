package io.crimelake.ingest.adapter.out.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.domain.RunConflictException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRunLockTest {
    private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSecondRunOfTheDatasetConflictsWithTheHoldersId() throws IOException {
        FileRunLock replicaA = lock(T0, "host-a");
        FileRunLock replicaB = lock(T0, "host-b");
        replicaA.acquire("ijzp-q8t2", "run-1");

        assertThatThrownBy(() -> replicaB.acquire("ijzp-q8t2", "run-2"))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).runningRunId())
                .isEqualTo("run-1");
        replicaB.acquire("other-dataset", "run-3");
    }

    @Test
    void aReleasedLeaseCanBeTakenAgain() throws IOException {
        FileRunLock lock = lock(T0, "host-a");
        lock.acquire("ijzp-q8t2", "run-1");
        lock.release("ijzp-q8t2", "run-1");

        lock.acquire("ijzp-q8t2", "run-2");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsOldHolderCannotRenewIt() throws IOException {
        lock(T0, "host-a").acquire("ijzp-q8t2", "run-1");
        FileRunLock later = lock(T0.plus(Duration.ofMinutes(11)), "host-b");

        later.acquire("ijzp-q8t2", "run-2");

        assertThatThrownBy(() -> lock(T0, "host-a").renew("ijzp-q8t2", "run-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lost the lease");
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstExpiry() throws IOException {
        lock(T0, "host-a").acquire("ijzp-q8t2", "run-1");
        lock(T0.plus(Duration.ofMinutes(9)), "host-a").renew("ijzp-q8t2", "run-1");

        assertThatThrownBy(() -> lock(T0.plus(Duration.ofMinutes(11)), "host-b").acquire("ijzp-q8t2", "run-2"))
                .isInstanceOf(RunConflictException.class);
    }

    @Test
    void aDeadHolderOnThisHostLosesTheLeaseAtOnce() throws IOException {
        Process finished = new ProcessBuilder("true").start();
        finished.onExit().join();
        Lease dead = new Lease("run-1", "host-a", finished.pid(), T0.plus(Duration.ofMinutes(10)));

        assertThat(dead.abandoned(T0, "host-a")).isTrue();
        assertThat(dead.abandoned(T0, "host-b")).isFalse();
    }

    private FileRunLock lock(Instant now, String host) throws IOException {
        return new FileRunLock(dir, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC), host);
    }
}
