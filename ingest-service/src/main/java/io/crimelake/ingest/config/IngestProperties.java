package io.crimelake.ingest.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
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
 * @param dataDir folder for staging files, run state and quarantine ({@code DATA_DIR})
 * @param socrataBaseUrl portal or simulator base URL ({@code SOCRATA_BASE_URL})
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

        @NotNull(message = "SOCRATA_BASE_URL must be set, e.g. https://data.cityofchicago.org")
        URI socrataBaseUrl) {}
