package io.crimelake.lake.application.service;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.testing.S3ProxyServer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The compaction contract on an S3 lake, served by an in-process s3proxy; DuckDB reads local copies. */
class S3CompactionTest extends AbstractCompactionContractTest {
    private static final AtomicInteger LAKES = new AtomicInteger();
    private static S3ProxyServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
        ObjectStores.createBucketIfMissing("s3://lake", server.settings());
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    ObjectStore createStore(Path folder) throws Exception {
        return ObjectStores.open("s3://lake/test-" + LAKES.incrementAndGet(), server.settings());
    }
}
