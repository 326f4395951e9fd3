package io.crimelake.lakeformat.testing;

import io.crimelake.lakeformat.store.S3Settings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An in-memory S3 server in the test JVM, so every S3 path is tested in every build without Docker. Shared with
 * the services' tests through lake-format's test jar.
 *
 * <p>S3Proxy honours conditional PUTs ({@code If-None-Match}, {@code If-Match}) one request at a time but not
 * atomically against concurrent writers: tests that race writers at the same instant run on the local store and
 * on MinIO instead.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "lake-test";
    public static final String SECRET_KEY = "lake-test-secret";

    private final S3Proxy proxy;

    private S3ProxyServer(S3Proxy proxy) {
        this.proxy = proxy;
    }

    public static S3ProxyServer start() throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
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
        return new S3ProxyServer(proxy);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public S3Settings settings() {
        return new S3Settings(endpoint(), ACCESS_KEY, SECRET_KEY);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
