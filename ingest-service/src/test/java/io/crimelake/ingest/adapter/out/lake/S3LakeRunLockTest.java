package io.crimelake.ingest.adapter.out.lake;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.testing.S3ProxyServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The run lease in the S3 bucket next to the lake, on an in-process S3 server. */
class S3LakeRunLockTest extends AbstractLakeRunLockTest {
    private static final AtomicInteger LAKES = new AtomicInteger();
    private static S3ProxyServer s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
        ObjectStores.createBucketIfMissing("s3://lake", s3.settings());
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Override
    ObjectStore createStore() throws Exception {
        return ObjectStores.open("s3://lake/lake-" + LAKES.incrementAndGet() + "/_ingest", s3.settings());
    }
}
