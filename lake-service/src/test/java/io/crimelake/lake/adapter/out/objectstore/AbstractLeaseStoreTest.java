package io.crimelake.lake.adapter.out.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lake.domain.LeaseLostException;
import io.crimelake.lake.testing.MutableClock;
import io.crimelake.lakeformat.store.ObjectStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The lease contract between two writers, each with its own client of one store. */
abstract class AbstractLeaseStoreTest {
    static final Duration TTL = Duration.ofMinutes(10);

    @TempDir
    Path folder;

    final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
    ObjectStore firstStore;
    ObjectStore secondStore;
    ObjectStoreLeaseStore first;
    ObjectStoreLeaseStore second;

    /** A new client of the one store every call of this test shares. */
    abstract ObjectStore openSharedStore(Path folder) throws Exception;

    @BeforeEach
    void openStores() throws Exception {
        firstStore = openSharedStore(folder);
        secondStore = openSharedStore(folder);
        first = new ObjectStoreLeaseStore(firstStore, JsonMapper.shared(), clock);
        second = new ObjectStoreLeaseStore(secondStore, JsonMapper.shared(), clock);
    }

    @AfterEach
    void closeStores() throws Exception {
        firstStore.close();
        secondStore.close();
    }

    @Test
    void heldLeaseRefusesOthersUntilReleased() {
        Lease held = first.acquire("crimes", "compaction", TTL);

        assertThatThrownBy(() -> second.acquire("crimes", "vacuum", TTL))
                .isInstanceOf(LakeBusyException.class)
                .hasMessageContaining("compaction");
        first.release(held);

        assertThat(second.acquire("crimes", "vacuum", TTL).purpose()).isEqualTo("vacuum");
    }

    @Test
    void renewedLeaseOutlivesItsFirstTimeToLive() {
        Lease held = first.acquire("crimes", "long compaction", TTL);
        clock.advance(Duration.ofMinutes(9));
        first.renew(held, TTL);

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> second.acquire("crimes", "compaction", TTL)).isInstanceOf(LakeBusyException.class);
    }

    @Test
    void expiredLeaseIsTakenOverAndItsFormerHolderCanNeitherRenewNorReleaseIt() {
        Lease stalled = first.acquire("crimes", "compaction", TTL);
        clock.advance(TTL);
        second.acquire("crimes", "compaction", TTL);

        assertThatThrownBy(() -> first.renew(stalled, TTL)).isInstanceOf(LeaseLostException.class);
        first.release(stalled);
        assertThatThrownBy(() -> first.acquire("crimes", "vacuum", TTL)).isInstanceOf(LakeBusyException.class);
    }

    @Test
    void leasesOfDifferentDatasetsAreIndependent() {
        first.acquire("crimes", "compaction", TTL);

        assertThat(second.acquire("arrests", "compaction", TTL).dataset()).isEqualTo("arrests");
    }
}
