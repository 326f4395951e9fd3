package io.crimelake.ingest.adapter.out.lake;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.RunLock;
import io.crimelake.ingest.domain.LeaseLostException;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.VersionedObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one-run-per-dataset lease as an object {@code state/locks/<datasetId>.lease} in the state store (a folder
 * every replica shares, or the S3 bucket next to the lake), changed only by the store's conditional writes.
 *
 * <p>Creating the lease succeeds for exactly one of several racing replicas; taking over, renewing and
 * releasing are compare-and-swaps on the version that was read, so a holder that was taken over cannot write
 * again. A lease expires after its time to live unless renewed (after every page), and a holder on the same
 * host whose process has died loses it at once, so a restart after {@code kill -9} need not wait. Releasing
 * rewrites the lease as expired rather than deleting it, since a delete cannot be made conditional.
 */
public final class LakeRunLock implements RunLock {
    private static final String PREFIX = "state/locks/";

    private final ObjectStore store;
    private final Duration timeToLive;
    private final Clock clock;
    private final String host;

    public LakeRunLock(ObjectStore store, Duration timeToLive, Clock clock, String host) {
        this.store = requireNonNull(store, "store is null");
        this.timeToLive = requireNonNull(timeToLive, "timeToLive is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.host = requireNonNull(host, "host is null");
    }

    @Override
    public void acquire(String datasetId, String runId) {
        String key = key(datasetId);
        byte[] claim = json(Lease.ofCurrentProcess(runId, host, clock.instant().plus(timeToLive)));
        try {
            Optional<VersionedObject> current = store.readVersioned(key);
            boolean won;
            if (current.isEmpty()) {
                won = store.createIfAbsent(key, claim).isPresent();
            } else {
                Lease holder = lease(current.get());
                if (!holder.abandoned(clock.instant(), host)) {
                    throw new RunConflictException(datasetId, holder.runId());
                }
                won = store.replaceIf(key, current.get().version(), claim).isPresent();
            }
            if (!won) {
                throw new RunConflictException(datasetId, holderOf(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lease " + key, e);
        }
    }

    @Override
    public void renew(String datasetId, String runId) {
        String key = key(datasetId);
        Lease mine = Lease.ofCurrentProcess(runId, host, clock.instant().plus(timeToLive));
        try {
            Optional<VersionedObject> current = store.readVersioned(key);
            boolean renewed = current.isPresent()
                    && lease(current.get()).sameHolder(mine)
                    && store.replaceIf(key, current.get().version(), json(mine)).isPresent();
            if (!renewed) {
                throw new LeaseLostException(datasetId, runId, holderOf(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot renew the lease " + key, e);
        }
    }

    @Override
    public void release(String datasetId, String runId) {
        String key = key(datasetId);
        Lease mine = Lease.ofCurrentProcess(runId, host, clock.instant());
        try {
            Optional<VersionedObject> current = store.readVersioned(key);
            if (current.isPresent() && lease(current.get()).sameHolder(mine)) {
                // A lost race means another replica took the lease over meanwhile: then it is not ours to release.
                store.replaceIf(key, current.get().version(), json(mine));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lease " + key, e);
        }
    }

    private String holderOf(String key) throws IOException {
        return store.readVersioned(key).map(object -> lease(object).runId()).orElse("nobody");
    }

    private static Lease lease(VersionedObject object) {
        return StateJson.MAPPER.readValue(object.content(), Lease.class);
    }

    private static byte[] json(Lease lease) {
        return StateJson.MAPPER.writeValueAsBytes(lease);
    }

    private static String key(String datasetId) {
        return PREFIX + datasetId + ".lease";
    }
}
