package io.crimelake.lakeformat.store;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Runs the object store contract against a real MinIO server; skipped where no Docker engine is available. */
@Testcontainers(disabledWithoutDocker = true)
class MinioObjectStoreIT extends AbstractObjectStoreTest {
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    // Recent enough to honour conditional PUTs (If-None-Match / If-Match) atomically; 2023 releases do not.
    @Container
    private static final MinIOContainer MINIO = new MinIOContainer("minio/minio:RELEASE.2025-04-22T22-12-26Z");

    @Override
    ObjectStore createStore() throws IOException {
        var settings = new S3Settings(MINIO.getS3URL(), MINIO.getUserName(), MINIO.getPassword());
        String lakeUri = "s3://lake-" + BUCKETS.incrementAndGet() + "/warehouse";
        ObjectStores.createBucketIfMissing(lakeUri, settings);
        return ObjectStores.open(lakeUri, settings);
    }
}
