package io.crimelake.ingest.config;

import io.crimelake.ingest.adapter.out.lake.reference.LakeBoundaryStore;
import io.crimelake.ingest.adapter.out.socrata.HttpBoundarySource;
import io.crimelake.ingest.adapter.out.socrata.SodaSettings;
import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.reference.RefreshBoundariesUseCase;
import io.crimelake.ingest.application.service.IngestRunService;
import io.crimelake.ingest.application.service.reference.BoundaryRefreshingRuns;
import io.crimelake.ingest.application.service.reference.RefreshBoundariesService;
import io.crimelake.lakeformat.store.ObjectStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Wires the community-area boundaries dataset ({@code BOUNDARIES_DATASET_ID}, the portal's "Boundaries -
 * Community Areas (current)") and makes every ingest run refresh it.
 */
@Configuration(proxyBeanMethods = false)
class BoundaryConfiguration {

    @Bean
    RefreshBoundariesUseCase refreshBoundariesUseCase(
            @Value("${BOUNDARIES_DATASET_ID:igwz-8jzy}") String datasetId,
            IngestProperties properties,
            @Qualifier("lakeStore") ObjectStore lakeStore,
            MeterRegistry meters,
            Clock clock) {
        var soda = new SodaSettings(
                properties.socrataBaseUrl(),
                properties.appToken(),
                properties.requestTimeout(),
                properties.maxAttempts(),
                properties.initialBackoff(),
                properties.maxBackoff());
        return new RefreshBoundariesService(
                datasetId,
                new HttpBoundarySource(soda, meters, clock),
                new LakeBoundaryStore(lakeStore, datasetId, clock));
    }

    /** The runs every caller (schedule, REST, {@code --once}) gets: the crimes run, then the boundaries. */
    @Bean
    @Primary
    RunIngestUseCase boundaryRefreshingRuns(IngestRunService runs, RefreshBoundariesUseCase boundaries) {
        return new BoundaryRefreshingRuns(runs, boundaries);
    }
}
