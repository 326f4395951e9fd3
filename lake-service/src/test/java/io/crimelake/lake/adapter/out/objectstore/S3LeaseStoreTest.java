package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.testing.S3ProxyServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The lease contract on S3 (conditional PUTs), served by an in-process s3proxy. */
class S3LeaseStoreTest extends AbstractLeaseStoreTest {
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
    ObjectStore openSharedStore(Path folder) throws Exception {
        // One lake per test: the temporary folder's name is unique.
        return ObjectStores.open("s3://lake/" + folder.getFileName(), server.settings());
    }
}
