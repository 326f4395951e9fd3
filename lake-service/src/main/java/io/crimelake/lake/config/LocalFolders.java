package io.crimelake.lake.config;

import java.nio.file.Path;

/** The service's folders under {@code DATA_DIR}; all of them may be deleted while the service is stopped. */
final class LocalFolders {
    private LocalFolders() {}

    static Path cache(LakeProperties properties) {
        return root(properties).resolve("cache");
    }

    static Path work(LakeProperties properties) {
        return root(properties).resolve("work");
    }

    static Path spill(LakeProperties properties) {
        return root(properties).resolve("duckdb-spill");
    }

    private static Path root(LakeProperties properties) {
        return properties.dataDir().resolve("lake-service");
    }
}
