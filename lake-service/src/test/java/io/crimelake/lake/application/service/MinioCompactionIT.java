package io.crimelake.lake.application.service;

import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The compaction contract on a real MinIO in Docker; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class MinioCompactionIT extends AbstractCompactionContractTest {
    private static final AtomicInteger LAKES = new AtomicInteger();

    @Container
    static final MinIOContainer MINIO = new MinIOContainer("minio/minio:RELEASE.2023-09-04T19-57-37Z");

    @BeforeAll
    static void createBucket() throws Exception {
        ObjectStores.createBucketIfMissing("s3://lake", settings());
    }

    @Override
    ObjectStore createStore(Path folder) throws Exception {
        return ObjectStores.open("s3://lake/it-" + LAKES.incrementAndGet(), settings());
    }

    private static S3Settings settings() {
        return new S3Settings(MINIO.getS3URL(), MINIO.getUserName(), MINIO.getPassword());
    }
}
