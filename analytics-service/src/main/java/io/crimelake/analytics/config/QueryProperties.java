package io.crimelake.analytics.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How queries run, bound from the environment variables named in the README.
 *
 * @param duckdbThreads DuckDB worker threads ({@code DUCKDB_THREADS})
 * @param duckdbMemoryLimit DuckDB memory limit, e.g. {@code 1GB} ({@code DUCKDB_MEMORY_LIMIT})
 * @param queryTimeout longest an interactive query runs before it is interrupted ({@code QUERY_TIMEOUT})
 * @param slotWait longest a request waits for a free query slot ({@code QUERY_SLOT_WAIT})
 * @param maxConcurrentQueries interactive queries at once ({@code MAX_CONCURRENT_QUERIES})
 * @param maxConcurrentExports exports at once ({@code MAX_CONCURRENT_EXPORTS})
 * @param cacheRows answer rows (buckets, types, points, incidents) kept in the LRU cache ({@code QUERY_CACHE_ROWS})
 * @param mapPointCap most points one map returns ({@code MAP_POINT_CAP})
 * @param mapPointMaxDays longest window shown as points ({@code MAP_POINT_MAX_DAYS})
 * @param pollInterval how often the current snapshot is checked ({@code SNAPSHOT_POLL_INTERVAL})
 * @param boundaryPollInterval how often the stored community-area boundaries are checked
 *     ({@code BOUNDARY_POLL_INTERVAL})
 * @param retryAfter the {@code Retry-After} sent with a 503 ({@code QUERY_RETRY_AFTER})
 * @param snapshotSource {@code manifest} to follow lake-service's published snapshots, {@code folder} to serve
 *     whatever Parquet files the lake folder holds (generated lakes, benchmarks) ({@code SNAPSHOT_SOURCE})
 * @param servingGrace how long files of a replaced snapshot stay readable for queries still on it
 *     ({@code SERVING_GRACE})
 * @param servingLayout {@code parquet} to query the snapshot's files directly, {@code table} to build a
 *     table with precomputed time columns in {@code DATA_DIR/serving.duckdb} first ({@code SERVING_LAYOUT})
 */
@Validated
@ConfigurationProperties("crimelake.analytics")
public record QueryProperties(
        @Min(1) @Max(64) int duckdbThreads,
        @NotBlank String duckdbMemoryLimit,
        @NotNull Duration queryTimeout,
        @NotNull Duration slotWait,
        @Min(1) @Max(64) int maxConcurrentQueries,
        @Min(1) @Max(16) int maxConcurrentExports,
        @Min(0) long cacheRows,
        @Min(1) @Max(100_000) int mapPointCap,
        @Min(1) @Max(3660) int mapPointMaxDays,
        @NotNull Duration pollInterval,
        @NotNull Duration boundaryPollInterval,
        @NotNull Duration retryAfter,
        @NotNull SnapshotSourceKind snapshotSource,
        @NotNull Duration servingGrace,
        @NotNull ServingLayoutKind servingLayout) {

    /** What queries read. */
    public enum ServingLayoutKind {
        PARQUET,
        TABLE
    }

    /** Where the current snapshot comes from. */
    public enum SnapshotSourceKind {
        MANIFEST,
        FOLDER
    }
}
