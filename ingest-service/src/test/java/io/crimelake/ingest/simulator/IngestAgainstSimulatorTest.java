package io.crimelake.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.crimelake.ingest.application.port.out.PageRequest;
import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.SocrataSource;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.application.service.IngestPorts;
import io.crimelake.ingest.application.service.IngestRunService;
import io.crimelake.ingest.application.service.IngestServiceSettings;
import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import io.crimelake.ingest.domain.IngestRun;
import io.crimelake.ingest.domain.QueryWindow;
import io.crimelake.ingest.domain.RunStatus;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.lakeformat.store.LocalObjectStore;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs through the real adapters against the Socrata simulator, checked row for row. */
class IngestAgainstSimulatorTest {
    @TempDir
    Path dataDir;

    private SocrataSimulator simulator;

    @BeforeEach
    void startSimulator() {
        simulator = SocrataSimulator.builder()
                .seed(23)
                .from(LocalDate.of(2023, 1, 1))
                .to(LocalDate.of(2023, 12, 31))
                .rows(3_000)
                .start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void backfillOfASyntheticYearStagesExactlyTheSimulatorsRows() throws IOException {
        IngestRun run = runOnce(service(source()), StartRunCommand.parse("backfill", "2023-01", "2023-12", null, 250));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.windows()).hasSize(12);
        assertStagedExactly(run);
        assertThat(run.progress().rowsFetched()).isEqualTo(3_000);
        assertThat(run.totalRows()).isEqualTo(3_000);
    }

    @Test
    void incrementalRunsStageTheirWindowsAndPickUpLateRevisions() throws IOException {
        IngestRunService service = service(source());
        IngestRun first = runOnce(service, StartRunCommand.parse(null, null, null, null, 400));
        assertStagedExactly(first);

        var advance = simulator.advanceDays(1);
        IngestRun second = runOnce(service, StartRunCommand.parse(null, null, null, null, 400));

        assertThat(advance).isNotNull();
        assertThat(second.windows().getFirst().updatedAfter()).isNotNull();
        assertStagedExactly(second);
        assertThat(second.progress().rowsFetched()).isLessThan(first.progress().rowsFetched());
    }

    @Test
    void survivesEveryFaultKindWithNothingLostAndTheMalformedRowQuarantined() throws IOException {
        for (FaultKind kind : FaultKind.values()) {
            simulator
                    .faults()
                    .enqueue(Fault.of(kind)
                            .withPathPrefix("/resource/")
                            .withRetryAfter(Duration.ZERO)
                            .withDelay(Duration.ofMillis(20)));
        }

        IngestRun run = runOnce(service(source()), StartRunCommand.parse("backfill", "2023-03", "2023-04", null, 100));

        assertThat(simulator.faults().pendingCount()).isZero();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        StagedBatch batch = assertStagedExactly(run);
        assertThat(batch.quarantineLines()).anySatisfy(line -> assertThat(line).contains("\"id\":\"abc\""));
    }

    @Test
    void resumesWhereItStoppedAfterTheSourceFailedMidRun() throws IOException {
        var failing = new FailingAfterPages(source(), 4);
        IngestRunService service = service(failing);
        StartRunCommand command = StartRunCommand.parse("backfill", "2023-01", "2023-06", null, 100);

        IngestRun failed = runOnce(service, command);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.progress().pages()).isEqualTo(4);

        failing.recover();
        IngestRun resumed = runOnce(service, command);

        assertThat(resumed.id()).isEqualTo(failed.id());
        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertStagedExactly(resumed);
    }

    @Test
    void bootstrapFromThePortalCsvExportStagesExactlyTheSimulatorsRowsAndSetsTheWatermarks() throws IOException {
        String export = simulator
                .baseUri()
                .resolve("api/views/ijzp-q8t2/rows.csv?accessType=DOWNLOAD")
                .toString();

        IngestRun run = runOnce(service(source()), StartRunCommand.fromExport(export, null, 700));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.progress().rowsFetched()).isEqualTo(3_000);
        assertStagedExactly(
                run, List.of(QueryWindow.since(LocalDate.of(2001, 1, 1).atStartOfDay(), null)));
        assertThat(new LakeStateStore(new LocalObjectStore(dataDir)).load(CrimesDataset.SOCRATA_ID))
                .hasValueSatisfying(
                        state -> assertThat(state.watermarkMaxUpdatedOn()).isNotNull());
    }

    /** Asserts staged + quarantined rows are exactly the simulator's rows of the run's windows, values included. */
    private StagedBatch assertStagedExactly(IngestRun run) throws IOException {
        return assertStagedExactly(run, run.windows());
    }

    private StagedBatch assertStagedExactly(IngestRun run, List<QueryWindow> windows) throws IOException {
        Lineage lineage = new Lineage(run.id(), run.startedAt());
        List<CrimeRecord> expected = new ArrayList<>();
        int rejected = 0;
        for (Map<String, String> row : SimulatorRows.inWindows(simulator, windows)) {
            try {
                expected.add(CrimesDataset.definition().normaliser().normalise(row, lineage));
            } catch (RowRejectedException e) {
                rejected++;
            }
        }
        StagedBatch batch = StagedBatch.read(dataDir, run.id());

        assertThat(batch.records()).extracting(CrimeRecord::id).doesNotHaveDuplicates();
        assertThat(batch.records()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.progress().rowsQuarantined())
                .isEqualTo(batch.quarantineLines().size());
        long injected = batch.quarantineLines().stream()
                .filter(l -> l.contains("\"id\":\"abc\""))
                .count();
        assertThat(batch.quarantineLines().size() - injected).isEqualTo(rejected);
        return batch;
    }

    private static IngestRun runOnce(IngestRunService service, StartRunCommand command) {
        return service.execute(service.start(command).id());
    }

    private IngestRunService service(SocrataSource source) throws IOException {
        LocalObjectStore store = new LocalObjectStore(dataDir);
        Clock clock = Clock.systemUTC();
        var ports = new IngestPorts(
                source,
                new CsvExportSource(CrimesDataset.definition()),
                new LakeStagingStore(store, "_staging", "_quarantine", "crimes", dataDir.resolve("tmp")),
                new LakeRunStore(store),
                new LakeStateStore(store),
                new LakeRunLock(store, Duration.ofMinutes(5), clock, "test-host"),
                new MicrometerIngestMetrics(new SimpleMeterRegistry()),
                (dataset, batch) -> {
                    throw new LakeUnavailableException("no lake-service in this test", null);
                });
        var settings = new IngestServiceSettings(
                CrimesDataset.SOCRATA_ID,
                new IncrementalWindowPolicy(14, LocalDate.of(2023, 1, 1), Duration.ofHours(24)),
                1000,
                ZoneId.of("America/Chicago"),
                3);
        return new IngestRunService(settings, ports, clock);
    }

    private HttpSocrataSource source() {
        var settings = new SodaSettings(
                simulator.baseUri(), null, Duration.ofSeconds(5), 4, Duration.ofMillis(5), Duration.ofMillis(50));
        var definition = CrimesDataset.definition();
        return new HttpSocrataSource(
                settings,
                definition.keyColumn(),
                new HashSet<>(definition.csvHeaders().values()),
                new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    /** Stands in for a process that dies mid-run: every page request after the first {@code pages} fails. */
    private static final class FailingAfterPages implements SocrataSource {
        private final SocrataSource delegate;
        private final AtomicInteger pagesLeft;

        FailingAfterPages(SocrataSource delegate, int pages) {
            this.delegate = delegate;
            this.pagesLeft = new AtomicInteger(pages);
        }

        void recover() {
            pagesLeft.set(Integer.MAX_VALUE);
        }

        @Override
        public long countRows(String datasetId, QueryWindow window) {
            return delegate.countRows(datasetId, window);
        }

        @Override
        public <R extends RowReceiver> R fetchPage(PageRequest request, Attempts<R> attempts) {
            if (pagesLeft.getAndDecrement() <= 0) {
                throw new SourceFailedException("simulated crash", null);
            }
            return delegate.fetchPage(request, attempts);
        }
    }
}
