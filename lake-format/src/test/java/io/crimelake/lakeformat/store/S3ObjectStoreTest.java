package io.crimelake.lakeformat.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lakeformat.testing.S3ProxyServer;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the object store contract against an in-process S3 server, with the lake under a key prefix. */
class S3ObjectStoreTest extends AbstractObjectStoreTest {
    private static final AtomicInteger LAKES = new AtomicInteger();
    private static S3ProxyServer server;

    private String lakeUri;

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
    ObjectStore createStore() throws IOException {
        // One bucket, a fresh lake prefix per test: also proves lakes under sibling prefixes stay apart.
        lakeUri = "s3://lake/warehouse-" + LAKES.incrementAndGet();
        return ObjectStores.open(lakeUri, server.settings());
    }

    /**
     * S3Proxy 4.1.0 evaluates {@code If-None-Match} and {@code If-Match} on PUT (the sequential conditional-write
     * tests pass against it) but checks them separately from the write, so racing writers can both pass: a
     * compare-and-swap counter measurably lost increments. The racing tests therefore run against the local store
     * and against MinIO ({@link MinioObjectStoreIT}, which needs Docker); here they are skipped.
     */
    @Override
    boolean checksPreconditionsAtomically() {
        return false;
    }

    @Test
    void keepsObjectsUnderTheUriPrefixAndHidesItFromKeys() throws IOException {
        store.write("crimes/a.parquet", bytes("x"));
        String lakePrefix = lakeUri.substring("s3://lake/".length());

        try (ObjectStore wholeBucket = ObjectStores.open("s3://lake", server.settings())) {
            assertThat(wholeBucket.list(lakePrefix + "/"))
                    .extracting(ObjectEntry::key)
                    .containsExactly(lakePrefix + "/crimes/a.parquet");
        }
        assertThat(store.list("")).extracting(ObjectEntry::key).containsExactly("crimes/a.parquet");
    }
}
