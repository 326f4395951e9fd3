package io.crimelake.ingest.config;

import io.crimelake.ingest.adapter.in.web.WebSettings;
import io.crimelake.ingest.adapter.out.csv.CsvExportSource;
import io.crimelake.ingest.adapter.out.lake.LakeRunLock;
import io.crimelake.ingest.adapter.out.lake.LakeRunStore;
import io.crimelake.ingest.adapter.out.lake.LakeStagingStore;
import io.crimelake.ingest.adapter.out.lake.LakeStateStore;
import io.crimelake.ingest.adapter.out.lakeservice.FeignLakeCompaction;
import io.crimelake.ingest.adapter.out.lakeservice.LakeServiceClient;
import io.crimelake.ingest.adapter.out.metrics.MicrometerIngestMetrics;
import io.crimelake.ingest.adapter.out.socrata.HttpSocrataSource;
import io.crimelake.ingest.adapter.out.socrata.SodaSettings;
import io.crimelake.ingest.application.port.in.HandOffBatchUseCase;
import io.crimelake.ingest.application.port.in.IngestRunQuery;
import io.crimelake.ingest.application.port.in.RunIngestUseCase;
import io.crimelake.ingest.application.port.in.TriggerRunUseCase;
import io.crimelake.ingest.application.service.BackgroundRunService;
import io.crimelake.ingest.application.service.HandoffService;
import io.crimelake.ingest.application.service.IngestPorts;
import io.crimelake.ingest.application.service.IngestRunQueryService;
import io.crimelake.ingest.application.service.IngestRunService;
import io.crimelake.ingest.application.service.IngestServiceSettings;
import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.store.LakeLocation;
import io.crimelake.lakeformat.store.LocalObjectStore;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.store.S3Settings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java services to their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = LakeServiceClient.class)
class UseCaseConfiguration {
    /** The portal publishes floating Chicago wall-clock times; "today" for a window is Chicago's today. */
    static final ZoneId SOURCE_ZONE = ZoneId.of("America/Chicago");

    private static final int DEFAULT_START_DAYS_BACK = 365;

    /** Lake folder of ingest's records when the lake is on S3; lake readers skip folders starting with '_'. */
    static final String S3_STATE_FOLDER = "_ingest";

    @Bean
    WebSettings webSettings(IngestProperties properties) {
        return new WebSettings(properties.adminToken(), properties.csvImportDir());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The service's own records (runs with their checkpoints, state, the run lease): {@code DATA_DIR} next to a
     * local lake; the lake's {@value #S3_STATE_FOLDER} folder on S3, so replicas on different hosts share them.
     */
    @Bean(destroyMethod = "close")
    ObjectStore dataStore(IngestProperties properties) throws IOException {
        if (LakeLocation.parse(properties.lakeUri()) instanceof LakeLocation.S3 lake) {
            String root = lake.prefix().isEmpty() ? S3_STATE_FOLDER : lake.prefix() + "/" + S3_STATE_FOLDER;
            return ObjectStores.open("s3://" + lake.bucket() + "/" + root, S3Settings.fromEnvironment(System.getenv()));
        }
        return new LocalObjectStore(properties.dataDir());
    }

    /** The lake, which receives the staged batches. */
    @Bean(destroyMethod = "close")
    ObjectStore lakeStore(IngestProperties properties) throws IOException {
        return ObjectStores.open(properties.lakeUri(), S3Settings.fromEnvironment(System.getenv()));
    }

    @Bean
    IngestServiceSettings ingestServiceSettings(IngestProperties properties, Clock clock) {
        LocalDate start = properties.startDate() != null
                ? properties.startDate()
                : LocalDate.now(clock.withZone(SOURCE_ZONE)).minusDays(DEFAULT_START_DAYS_BACK);
        var policy = new IncrementalWindowPolicy(properties.backfillDays(), start, properties.updatedOnOverlap());
        return new IngestServiceSettings(
                properties.datasetId(), policy, properties.pageLimit(), SOURCE_ZONE, properties.maxRunFailures());
    }

    @Bean
    IngestPorts ingestPorts(
            IngestProperties properties,
            @Qualifier("dataStore") ObjectStore dataStore,
            @Qualifier("lakeStore") ObjectStore lakeStore,
            MeterRegistry meters,
            LakeServiceClient lakeService,
            Clock clock)
            throws IOException {
        var soda = new SodaSettings(
                properties.socrataBaseUrl(),
                properties.appToken(),
                properties.requestTimeout(),
                properties.maxAttempts(),
                properties.initialBackoff(),
                properties.maxBackoff());
        var definition = CrimesDataset.definition();
        Set<String> knownFields = new HashSet<>(definition.csvHeaders().values());
        var source = new HttpSocrataSource(soda, definition.keyColumn(), knownFields, meters, clock);
        var staging = new LakeStagingStore(
                lakeStore,
                properties.stagingFolder(),
                properties.quarantineFolder(),
                definition.name(),
                properties.dataDir().resolve("tmp"));
        var lock = new LakeRunLock(dataStore, properties.leaseTimeToLive(), clock, HostName.current());
        return new IngestPorts(
                source,
                new CsvExportSource(definition),
                staging,
                new LakeRunStore(dataStore),
                new LakeStateStore(dataStore),
                lock,
                new MicrometerIngestMetrics(meters),
                new FeignLakeCompaction(lakeService, properties.adminToken(), clock));
    }

    @Bean
    IngestRunService ingestRunService(IngestServiceSettings settings, IngestPorts ports, Clock clock) {
        return new IngestRunService(settings, ports, clock);
    }

    @Bean
    HandOffBatchUseCase handOffBatchUseCase(IngestPorts ports) {
        return new HandoffService(
                ports.lake(), ports.runs(), CrimesDataset.definition().name());
    }

    @Bean
    IngestRunQuery ingestRunQuery(IngestServiceSettings settings, IngestPorts ports) {
        return new IngestRunQueryService(settings, ports.runs(), ports.states());
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService ingestExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Bean
    TriggerRunUseCase triggerRunUseCase(RunIngestUseCase runs, ExecutorService ingestExecutor) {
        return new BackgroundRunService(runs, ingestExecutor);
    }
}
