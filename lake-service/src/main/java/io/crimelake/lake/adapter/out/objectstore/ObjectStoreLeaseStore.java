package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.application.port.out.LeaseStore;
import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.LakeStorageException;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lake.domain.LeaseLostException;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.VersionedObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lease object {@code _leases/<dataset>.json}, changed only by the store's conditional writes: created if
 * absent, otherwise replaced only at the version just read (compare-and-swap, {@code If-Match} on S3). Of
 * writers racing for a free or expired lease exactly one wins, across threads, processes and hosts.
 */
public final class ObjectStoreLeaseStore implements LeaseStore {
    private final ObjectStore store;
    private final JsonMapper json;
    private final Clock clock;

    public ObjectStoreLeaseStore(ObjectStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Lease acquire(String dataset, String purpose, Duration timeToLive) {
        Instant now = clock.instant();
        Lease mine = new Lease(dataset, UUID.randomUUID().toString(), purpose, now, now.plus(timeToLive));
        while (true) {
            Optional<VersionedObject> stored = read(dataset);
            if (stored.isEmpty()) {
                if (createIfAbsent(mine)) {
                    return mine;
                }
            } else {
                Optional<Lease> held = document(stored.get()).lease().filter(lease -> !lease.isExpiredAt(now));
                if (held.isPresent()) {
                    throw new LakeBusyException(held.get());
                }
                if (replaceIf(stored.get(), LeaseDocument.held(mine))) {
                    return mine;
                }
            }
            // Another writer changed the lease between our read and write: look again at what it left.
        }
    }

    @Override
    public Lease renew(Lease lease, Duration timeToLive) {
        VersionedObject stored = heldBy(lease).orElseThrow(() -> new LeaseLostException(lease));
        Lease renewed = new Lease(
                lease.dataset(),
                lease.holder(),
                lease.purpose(),
                lease.acquiredAt(),
                clock.instant().plus(timeToLive));
        if (!replaceIf(stored, LeaseDocument.held(renewed))) {
            throw new LeaseLostException(lease);
        }
        return renewed;
    }

    @Override
    public void release(Lease lease) {
        // A lost race here means another writer took over an expired lease: it is theirs, nothing to give back.
        heldBy(lease).ifPresent(stored -> replaceIf(stored, document(stored).releasedAt(clock.instant())));
    }

    private Optional<VersionedObject> heldBy(Lease lease) {
        return read(lease.dataset())
                .filter(stored -> document(stored)
                        .lease()
                        .filter(held -> held.holder().equals(lease.holder()))
                        .isPresent());
    }

    private Optional<VersionedObject> read(String dataset) {
        try {
            return store.readVersioned(LakeKeys.lease(dataset));
        } catch (IOException e) {
            throw new LakeStorageException("could not read the lease on " + dataset, e);
        }
    }

    private LeaseDocument document(VersionedObject stored) {
        return json.readValue(stored.content(), LeaseDocument.class);
    }

    private boolean createIfAbsent(Lease lease) {
        try {
            return store.createIfAbsent(LakeKeys.lease(lease.dataset()), bytes(LeaseDocument.held(lease)))
                    .isPresent();
        } catch (IOException e) {
            throw new LakeStorageException("could not write the lease on " + lease.dataset(), e);
        }
    }

    private boolean replaceIf(VersionedObject stored, LeaseDocument replacement) {
        try {
            return store.replaceIf(LakeKeys.lease(replacement.dataset()), stored.version(), bytes(replacement))
                    .isPresent();
        } catch (IOException e) {
            throw new LakeStorageException("could not write the lease on " + replacement.dataset(), e);
        }
    }

    private byte[] bytes(LeaseDocument document) {
        return json.writeValueAsBytes(document);
    }
}
