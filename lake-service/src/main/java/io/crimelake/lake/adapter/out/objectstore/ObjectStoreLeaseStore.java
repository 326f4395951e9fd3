package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lease object {@code _leases/<dataset>.json}, taken by writing it and reading it back after a settle
 * delay: of two replicas racing for a free lease the last writer wins and the other sees it has lost.
 *
 * <p>The object-store port has no conditional write, so two writers whose read-write gaps exceed the settle
 * delay could both win; acquisition in one process is serialised here.
 */
public final class ObjectStoreLeaseStore implements LeaseStore {
    private final ObjectStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration settleDelay;

    public ObjectStoreLeaseStore(ObjectStore store, JsonMapper json, Clock clock, Duration settleDelay) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.settleDelay = settleDelay;
    }

    @Override
    public synchronized Lease acquire(String dataset, String purpose, Duration timeToLive) {
        Instant now = clock.instant();
        Optional<Lease> held = read(dataset).filter(lease -> !lease.isExpiredAt(now));
        if (held.isPresent()) {
            throw new LakeBusyException(held.get());
        }
        Lease mine = new Lease(dataset, UUID.randomUUID().toString(), purpose, now, now.plus(timeToLive));
        write(mine);
        settle();
        Lease winner = read(dataset).orElse(mine);
        if (!winner.holder().equals(mine.holder())) {
            throw new LakeBusyException(winner);
        }
        return mine;
    }

    @Override
    public synchronized void release(Lease lease) {
        if (read(lease.dataset())
                .filter(held -> held.holder().equals(lease.holder()))
                .isEmpty()) {
            return;
        }
        try {
            store.delete(LakeKeys.lease(lease.dataset()));
        } catch (IOException e) {
            throw new LakeStorageException("could not release the lease on " + lease.dataset(), e);
        }
    }

    private Optional<Lease> read(String dataset) {
        String key = LakeKeys.lease(dataset);
        try {
            if (!store.exists(key)) {
                return Optional.empty();
            }
            try (InputStream in = store.open(key)) {
                return Optional.of(
                        json.readValue(in.readAllBytes(), LeaseDocument.class).toLease());
            }
        } catch (IOException e) {
            throw new LakeStorageException("could not read the lease on " + dataset, e);
        }
    }

    private void write(Lease lease) {
        try {
            store.publish(LakeKeys.lease(lease.dataset()), json.writeValueAsBytes(LeaseDocument.from(lease)));
        } catch (IOException e) {
            throw new LakeStorageException("could not write the lease on " + lease.dataset(), e);
        }
    }

    private void settle() {
        try {
            Thread.sleep(settleDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a lease", e);
        }
    }
}
