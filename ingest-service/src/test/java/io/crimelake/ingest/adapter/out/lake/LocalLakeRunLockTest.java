package io.crimelake.ingest.adapter.out.lake;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.lakeformat.store.LocalObjectStore;
import io.crimelake.lakeformat.store.ObjectStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run lease in {@code DATA_DIR}, next to a local lake. */
class LocalLakeRunLockTest extends AbstractLakeRunLockTest {
    @TempDir
    Path dataDir;

    @Override
    ObjectStore createStore() throws Exception {
        return new LocalObjectStore(dataDir);
    }

    @Test
    void exactlyOneOfManySimultaneousReplicasGetsTheLease() throws Exception {
        int replicas = 12;
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(replicas)) {
            for (int i = 0; i < replicas; i++) {
                String host = "host-" + i;
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        lock(T0, host).acquire(DATASET, "run-" + host);
                        return "won";
                    } catch (RunConflictException e) {
                        return "conflict with " + e.runningRunId();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn("won"::equals).hasSize(1);
        }
    }
}
