package io.crimelake.ingest.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest settings, bound from the environment variables named in the README.
 *
 * @param datasetId Socrata dataset id ({@code CHI_CRIME_DATASET_ID})
 * @param appToken optional Socrata app token ({@code SODA_APP_TOKEN}); raises the portal's rate limits
 * @param startDate first day to pull when no state exists yet ({@code START_DATE}); null means 365 days back
 * @param backfillDays trailing days re-pulled on every incremental run ({@code BACKFILL_DAYS})
 * @param pageLimit rows per Socrata request ({@code PAGE_LIMIT}, at most 50,000 like the portal)
 * @param dataDir folder for run records, state, leases and scratch files ({@code DATA_DIR})
 * @param csvImportDir the folder whose files a csv bootstrap started over HTTP may read ({@code CSV_IMPORT_DIR},
 *     default {@code DATA_DIR/import}); the command line reads any path
 * @param lakeUri the lake that staged batches go to: {@code file:<folder>} or {@code s3://bucket[/prefix]} ({@code
 *     LAKE_URI}; S3 reads {@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY}, {@code MINIO_SECRET_KEY})
 * @param stagingFolder top-level lake folder of staged batches ({@code LAKE_STAGING_FOLDER})
 * @param quarantineFolder top-level lake folder of quarantined rows ({@code LAKE_QUARANTINE_FOLDER})
 * @param socrataBaseUrl portal or simulator base URL ({@code SOCRATA_BASE_URL})
 * @param adminToken bearer token that may start runs over HTTP, also sent to lake-service ({@code ADMIN_TOKEN});
 *     empty refuses all
 * @param lakeUrl lake-service's base URL, for handing off batches ({@code LAKE_URL})
 * @param cron when the service runs an incremental ingest ({@code INGEST_CRON}, Chicago time; "-" disables)
 * @param updatedOnOverlap how far before the updated_on watermark rows are pulled again ({@code
 *     UPDATED_ON_OVERLAP})
 * @param leaseTimeToLive how long a run's lease outlives its last page ({@code LEASE_TTL})
 * @param requestTimeout longest wait for a portal response to start ({@code SODA_TIMEOUT})
 * @param maxAttempts attempts per portal request ({@code SODA_MAX_ATTEMPTS})
 * @param initialBackoff first wait before a retry ({@code SODA_INITIAL_BACKOFF})
 * @param maxBackoff longest wait between retries, also the cap on Retry-After ({@code SODA_MAX_BACKOFF})
 * @param maxRunFailures how many times a run may fail, resumed by each later trigger, before it is abandoned
 *     ({@code RUN_MAX_FAILURES})
 */
@Validated
@ConfigurationProperties("crimelake.ingest")
public record IngestProperties(
        @NotBlank(message = "CHI_CRIME_DATASET_ID must name a Socrata dataset, e.g. ijzp-q8t2")
        String datasetId,

        String appToken,
        LocalDate startDate,

        @Min(value = 0, message = "BACKFILL_DAYS must be 0 or more")
        int backfillDays,

        @Min(value = 1, message = "PAGE_LIMIT must be at least 1")
        @Max(value = 50_000, message = "PAGE_LIMIT must be at most 50000 (the Socrata maximum)")
        int pageLimit,

        @NotNull(message = "DATA_DIR must be set to a writable folder")
        Path dataDir,

        @NotNull(message = "CSV_IMPORT_DIR must be set to the folder CSV exports are placed in")
        Path csvImportDir,

        @NotBlank(message = "LAKE_URI must be file:<folder> or s3://<bucket>/<prefix>")
        String lakeUri,

        @NotBlank(message = "LAKE_STAGING_FOLDER must name a lake folder, e.g. _staging")
        String stagingFolder,

        @NotBlank(message = "LAKE_QUARANTINE_FOLDER must name a lake folder, e.g. _quarantine")
        String quarantineFolder,

        @NotNull(message = "SOCRATA_BASE_URL must be set, e.g. https://data.cityofchicago.org")
        URI socrataBaseUrl,

        String adminToken,

        @NotNull(message = "LAKE_URL must be lake-service's base URL, e.g. http://localhost:8082")
        URI lakeUrl,

        @NotBlank(message = "INGEST_CRON must be a cron expression such as '0 15 3 * * *', or '-' to disable")
        String cron,

        @NotNull(message = "UPDATED_ON_OVERLAP must be a duration such as PT24H")
        Duration updatedOnOverlap,

        @NotNull(message = "LEASE_TTL must be a duration such as PT15M")
        Duration leaseTimeToLive,

        @NotNull(message = "SODA_TIMEOUT must be a duration such as PT60S")
        Duration requestTimeout,

        @Min(value = 1, message = "SODA_MAX_ATTEMPTS must be at least 1")
        int maxAttempts,

        @NotNull(message = "SODA_INITIAL_BACKOFF must be a duration such as PT1S")
        Duration initialBackoff,

        @NotNull(message = "SODA_MAX_BACKOFF must be a duration such as PT60S")
        Duration maxBackoff,

        @Min(value = 1, message = "RUN_MAX_FAILURES must be at least 1")
        int maxRunFailures) {}
