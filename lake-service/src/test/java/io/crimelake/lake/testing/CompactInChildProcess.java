package io.crimelake.lake.testing;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;

/** Compacts one batch of a folder lake in its own JVM, so that a test can kill it with SIGKILL mid-way. */
public final class CompactInChildProcess {
    private CompactInChildProcess() {}

    /** Arguments: lake folder, service folder, batch id. */
    public static void main(String[] args) throws Exception {
        try (var lake = new TestLake(ObjectStores.open("file:" + args[0], S3Settings.none()), Path.of(args[1]))) {
            System.out.println(lake.compact(new BatchId(args[2])));
        }
    }
}
