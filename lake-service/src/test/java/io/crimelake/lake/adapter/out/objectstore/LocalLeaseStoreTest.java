package io.crimelake.lake.adapter.out.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.domain.LakeBusyException;
import io.crimelake.lake.domain.Lease;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The lease contract on a shared folder, and writers racing for it. The race runs here only: s3proxy checks
 * conditional writes one by one but not atomically, so on S3 it runs against MinIO where Docker exists
 * (lake-format's {@code MinioObjectStoreIT} covers the store's side).
 */
class LocalLeaseStoreTest extends AbstractLeaseStoreTest {
    private static final int WRITERS = 6;
    private static final int ROUNDS = 25;

    @Override
    ObjectStore openSharedStore(Path folder) throws Exception {
        return ObjectStores.open("file:" + folder.resolve("lake"), S3Settings.none());
    }

    @Test
    void exactlyOneOfManyRacingWritersTakesAFreeLease() throws Exception {
        List<ObjectStoreLeaseStore> writers = List.of(first, second, first, second, first, second);
        var start = new CyclicBarrier(WRITERS);
        try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Optional<Lease>>> attempts = new ArrayList<>();
                for (ObjectStoreLeaseStore writer : writers) {
                    attempts.add(threads.submit(() -> {
                        start.await();
                        try {
                            return Optional.of(writer.acquire("crimes", "compaction", TTL));
                        } catch (LakeBusyException busy) {
                            return Optional.<Lease>empty();
                        }
                    }));
                }
                List<Lease> winners = new ArrayList<>();
                for (Future<Optional<Lease>> attempt : attempts) {
                    attempt.get().ifPresent(winners::add);
                }

                assertThat(winners).as("winners of round %d", round).hasSize(1);
                first.release(winners.getFirst());
            }
        }
    }
}
