package io.crimelake.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.ingest.adapter.out.csv.CsvExportSource;
import io.crimelake.ingest.adapter.out.lake.LakeRunLock;
import io.crimelake.ingest.adapter.out.lake.LakeRunStore;
import io.crimelake.ingest.adapter.out.lake.LakeStagingStore;
import io.crimelake.ingest.adapter.out.lake.LakeStateStore;
import io.crimelake.ingest.adapter.out.metrics.MicrometerIngestMetrics;
import io.crimelake.ingest.adapter.out.socrata.HttpSocrataSource;
import io.crimelake.ingest.adapter.out.socrata.SodaSettings;
import io.crimelake.ingest.application.port.in.StartRunCommand;
import io.crimelake.ingest.application.port.out.LakeUnavailableException;
import io.crimelake.ingest.application.service.IngestPorts;
import io.crimelake.ingest.application.service.IngestRunService;
import io.crimelake.ingest.application.service.IngestServiceSettings;
import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.RunConflictException;
import io.crimelake.ingest.domain.RunStatus;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.store.ObjectEntry;
import io.crimelake.lakeformat.store.ObjectStore;
import io.crimelake.lakeformat.store.ObjectStores;
import io.crimelake.lakeformat.testing.S3ProxyServer;
import io.crimelake.simulator.SocrataSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest replicas on different hosts sharing one S3 lake: runs, state and the run lease live in the bucket
 * ({@code <lake>/_ingest/}), so the second replica is refused while the first runs and continues from its state.
 */
class ReplicasOnS3Test {
    private static final String LAKE = "s3://lake/warehouse";

    @TempDir
    Path scratch;

    private S3ProxyServer s3;
    private SocrataSimulator simulator;
    private final List<ObjectStore> stores = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        s3 = S3ProxyServer.start();
        ObjectStores.createBucketIfMissing("s3://lake", s3.settings());
        simulator = SocrataSimulator.builder()
                .seed(5)
                .from(LocalDate.of(2023, 1, 1))
                .to(LocalDate.of(2023, 3, 31))
                .rows(600)
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        for (ObjectStore store : stores) {
            store.close();
        }
        simulator.close();
        s3.close();
    }

    @Test
    void aSecondReplicaGetsTheRunningRunsIdAndLaterContinuesFromTheSharedState() throws Exception {
        IngestRunService replicaA = replica("host-a");
        IngestRunService replicaB = replica("host-b");

        IngestRun started = replicaA.start(StartRunCommand.parse("backfill", "2023-01", "2023-03", null, 100));

        assertThatThrownBy(() -> replicaB.start(StartRunCommand.incremental()))
                .isInstanceOf(RunConflictException.class)
                .extracting(e -> ((RunConflictException) e).runningRunId())
                .isEqualTo(started.id());

        IngestRun completed = replicaA.execute(started.id());
        assertThat(completed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(completed.progress().rowsFetched())
                .isEqualTo(
                        SimulatorRows.inWindows(simulator, completed.windows()).size());
        assertThat(open(LAKE).list("_staging/crimes/" + completed.id() + "/")).isNotEmpty();
        assertThat(open(LAKE).list("_ingest/state/"))
                .extracting(ObjectEntry::key)
                .contains(
                        "_ingest/state/ingest_state.json",
                        "_ingest/state/locks/" + CrimesDataset.SOCRATA_ID + ".lease",
                        "_ingest/state/runs/" + completed.id() + ".json");

        IngestRun next = replicaB.start(StartRunCommand.incremental());
        assertThat(next.id()).isNotEqualTo(completed.id());
        assertThat(replicaB.execute(next.id()).status()).isEqualTo(RunStatus.COMPLETED);
    }

    /** One replica as the service wires it for an S3 lake: the lake, and its records under {@code _ingest/}. */
    private IngestRunService replica(String host) throws Exception {
        ObjectStore lake = open(LAKE);
        ObjectStore records = open(LAKE + "/_ingest");
        Clock clock = Clock.systemUTC();
        var definition = CrimesDataset.definition();
        var soda = new SodaSettings(
                simulator.baseUri(), null, Duration.ofSeconds(5), 2, Duration.ofMillis(5), Duration.ofMillis(50));
        var source = new HttpSocrataSource(
                soda,
                definition.keyColumn(),
                new HashSet<>(definition.csvHeaders().values()),
                new SimpleMeterRegistry(),
                clock);
        var ports = new IngestPorts(
                source,
                new CsvExportSource(definition),
                new LakeStagingStore(lake, "_staging", "_quarantine", "crimes", scratch.resolve(host)),
                new LakeRunStore(records),
                new LakeStateStore(records),
                new LakeRunLock(records, Duration.ofMinutes(5), clock, host),
                new MicrometerIngestMetrics(new SimpleMeterRegistry()),
                (dataset, batch) -> {
                    throw new LakeUnavailableException("no lake-service in this test", null);
                });
        var settings = new IngestServiceSettings(
                CrimesDataset.SOCRATA_ID,
                new IncrementalWindowPolicy(14, LocalDate.of(2023, 3, 1), Duration.ofHours(24)),
                1000,
                ZoneId.of("America/Chicago"),
                3);
        return new IngestRunService(settings, ports, clock);
    }

    private ObjectStore open(String lakeUri) throws Exception {
        ObjectStore store = ObjectStores.open(lakeUri, s3.settings());
        stores.add(store);
        return store;
    }
}
