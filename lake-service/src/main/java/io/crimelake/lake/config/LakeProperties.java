package io.crimelake.lake.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the lake lives and how it is kept, bound from the environment variables named in the README.
 *
 * @param lakeUri {@code file:<folder>} or {@code s3://<bucket>/<prefix>} ({@code LAKE_URI})
 * @param dataDir folder for this service's local state: file cache, work folders, DuckDB spill ({@code DATA_DIR})
 * @param minio endpoint and credentials used when the lake is on S3/MinIO
 * @param adminToken bearer token for compactions and vacuum; when blank those endpoints refuse every call
 *     ({@code ADMIN_TOKEN})
 * @param retention how long superseded files stay readable ({@code LAKE_RETENTION})
 * @param keepSnapshots how many of the newest snapshots stay readable however old ({@code LAKE_KEEP_SNAPSHOTS})
 * @param leaseTtl how long a writer's lease lasts unless renewed (its holder renews it every third of that); a
 *     crashed writer blocks others this long ({@code LAKE_LEASE_TTL})
 * @param leaseWait how long a compaction or vacuum waits for a busy lease before giving up with 409
 *     ({@code LAKE_LEASE_WAIT})
 * @param vacuumInterval time between scheduled vacuums ({@code LAKE_VACUUM_INTERVAL})
 * @param stagingFolder top-level lake folder ingest stages batches in ({@code LAKE_STAGING_FOLDER})
 * @param quarantineFolder top-level lake folder ingest quarantines rows in ({@code LAKE_QUARANTINE_FOLDER})
 * @param duckdb limits of the merge engine
 */
@Validated
@ConfigurationProperties("crimelake.lake")
public record LakeProperties(
        @NotBlank(message = "LAKE_URI must be file:<folder> or s3://<bucket>/<prefix>")
        String lakeUri,

        @NotNull(message = "DATA_DIR must be set to a writable folder")
        Path dataDir,

        Minio minio,
        String adminToken,

        @NotNull(message = "LAKE_RETENTION must be a duration such as 24h")
        Duration retention,

        @Min(value = 1, message = "LAKE_KEEP_SNAPSHOTS must be at least 1")
        int keepSnapshots,

        @NotNull(message = "LAKE_LEASE_TTL must be a duration such as 10m")
        Duration leaseTtl,

        @NotNull(message = "LAKE_LEASE_WAIT must be a duration such as 5s")
        Duration leaseWait,

        @NotNull(message = "LAKE_VACUUM_INTERVAL must be a duration such as 1h")
        Duration vacuumInterval,

        @NotBlank(message = "LAKE_STAGING_FOLDER must name a lake folder")
        String stagingFolder,

        @NotBlank(message = "LAKE_QUARANTINE_FOLDER must name a lake folder")
        String quarantineFolder,

        @Valid @NotNull DuckDb duckdb) {

    /** MinIO/S3 connection settings ({@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY}, {@code MINIO_SECRET_KEY}). */
    public record Minio(String endpoint, String accessKey, String secretKey) {}

    /**
     * DuckDB limits ({@code LAKE_DUCKDB_MEMORY_LIMIT}, {@code LAKE_DUCKDB_THREADS}); merges larger than the
     * memory limit spill to {@code DATA_DIR}.
     */
    public record DuckDb(
            @NotBlank(message = "LAKE_DUCKDB_MEMORY_LIMIT must be a size such as 512MB")
            String memoryLimit,

            @Min(value = 1, message = "LAKE_DUCKDB_THREADS must be at least 1")
            int threads) {}
}
