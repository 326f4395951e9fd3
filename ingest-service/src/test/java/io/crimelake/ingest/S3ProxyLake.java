package io.crimelake.ingest;

import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An in-memory S3 server (S3Proxy) in the test JVM with one bucket, so S3-backed state is tested without Docker.
 *
 * <p>S3Proxy checks conditional writes one request at a time but not atomically against concurrent writers, so
 * tests on it race replicas one after the other; simultaneous races run on the local store.
 */
public final class S3ProxyLake implements AutoCloseable {
    public static final String BUCKET = "lake";

    private final S3Proxy proxy;

    private S3ProxyLake(S3Proxy proxy) {
        this.proxy = proxy;
    }

    public static S3ProxyLake start() throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "ingest-test", "ingest-test-secret")
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"STARTED".equals(proxy.getState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        S3ProxyLake lake = new S3ProxyLake(proxy);
        ObjectStores.createBucketIfMissing("s3://" + BUCKET, lake.settings());
        return lake;
    }

    public S3Settings settings() {
        return new S3Settings("http://127.0.0.1:" + proxy.getPort(), "ingest-test", "ingest-test-secret");
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
