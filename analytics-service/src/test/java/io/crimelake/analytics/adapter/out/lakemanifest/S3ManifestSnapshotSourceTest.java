package io.crimelake.analytics.adapter.out.lakemanifest;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The manifest source on an S3 lake (in-process s3proxy), where served files are downloaded copies. */
class S3ManifestSnapshotSourceTest extends AbstractManifestSnapshotSourceTest {
    private static final String ACCESS_KEY = "analytics-test";
    private static final String SECRET_KEY = "analytics-test-secret";
    private static S3Proxy proxy;

    private ObjectStore store;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"STARTED".equals(proxy.getState()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        proxy.stop();
    }

    @Override
    ObjectStore store() throws Exception {
        if (store == null) {
            // A bucket per test keeps the tests independent on the shared server.
            String lakeUri = "s3://lake-" + UUID.randomUUID().toString().substring(0, 8) + "/prefix";
            S3Settings settings = new S3Settings("http://127.0.0.1:" + proxy.getPort(), ACCESS_KEY, SECRET_KEY);
            ObjectStores.createBucketIfMissing(lakeUri, settings);
            store = ObjectStores.open(lakeUri, settings);
        }
        return store;
    }

    @Override
    Path localRoot() {
        return null;
    }

    @AfterEach
    void close() throws Exception {
        store().close();
    }
}
