package io.crimelake.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.bench.ServiceProcess;
import io.crimelake.bench.SodaRows;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.synthetic.AdvanceResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spine as users run it, on the packaged jars: ingest-service {@code --once} from the simulator hands its
 * batch to a running lake-service, and the lake must then hold every source row exactly once in its newest
 * version; again after a simulated day of new, revised and deleted rows and a daily incremental run.
 */
class PipelineIT {

    private static final DatasetDefinition<CrimeRecord> CRIMES = CrimesDataset.definition();
    private static final String TOKEN = "e2e-admin-token";
    private static final Lineage ORACLE = new Lineage("oracle", Instant.EPOCH);

    @TempDir
    Path work;

    private int lakePort;

    @Test
    void lakeHoldsEverySourceRowExactlyOnceInItsNewestVersion() throws Exception {
        // Data up to a week before today: the simulated portal's clock (7-day publication lag) is then now.
        LocalDate to = LocalDate.now().minusDays(7);
        try (SocrataSimulator simulator = SocrataSimulator.builder()
                        .seed(7)
                        .from(to.minusDays(45))
                        .to(to)
                        .start();
                ServiceProcess lake = startLake()) {
            ingestOnce(simulator);
            assertSameRows(lakeRows(), sourceRows(simulator));

            AdvanceResult day = simulator.advanceDays(1);
            assertThat(day.updated()).as("the simulated day revises old rows").isPositive();
            ingestOnce(simulator);

            Map<Long, CrimeRecord> source = sourceRows(simulator);
            Map<Long, CrimeRecord> lakeNow = lakeRows();
            // Deletions at the source are not propagated yet (a later issue): the lake may keep those rows only.
            assertThat(lakeNow.size() - source.size()).isEqualTo(day.deleted());
            lakeNow.keySet().retainAll(source.keySet());
            assertSameRows(lakeNow, source);
        }
    }

    private static void assertSameRows(Map<Long, CrimeRecord> lake, Map<Long, CrimeRecord> source) {
        assertThat(source.keySet().stream().filter(id -> !lake.containsKey(id)).limit(10))
                .as("source ids missing from the lake")
                .isEmpty();
        assertThat(lake.keySet().stream().filter(id -> !source.containsKey(id)).limit(10))
                .as("lake ids the source does not have")
                .isEmpty();
        assertThat(source.values().stream()
                        .filter(row -> !row.equals(lake.get(row.id())))
                        .limit(3)
                        .map(row -> "source " + row + "\n  lake " + lake.get(row.id())))
                .as("rows whose lake version differs from the source's newest")
                .isEmpty();
    }

    private ServiceProcess startLake() throws Exception {
        lakePort = freePort();
        ServiceProcess lake = ServiceProcess.start(
                "lake-service",
                Map.of(
                        "LAKE_PORT",
                        Integer.toString(lakePort),
                        "LAKE_URI",
                        "file:" + work.resolve("lake"),
                        "DATA_DIR",
                        Files.createDirectories(work.resolve("lake-data")).toString(),
                        "ADMIN_TOKEN",
                        TOKEN),
                work);
        lake.awaitHealthy(lakePort, Duration.ofMinutes(2));
        return lake;
    }

    private void ingestOnce(SocrataSimulator simulator) throws Exception {
        Map<String, String> env = Map.of(
                "SOCRATA_BASE_URL",
                simulator.baseUri().toString(),
                "START_DATE",
                "2000-01-01",
                "PAGE_LIMIT",
                "5000",
                "DATA_DIR",
                Files.createDirectories(work.resolve("ingest-data")).toString(),
                "LAKE_URI",
                "file:" + work.resolve("lake"),
                "LAKE_URL",
                "http://127.0.0.1:" + lakePort,
                "ADMIN_TOKEN",
                TOKEN,
                "INGEST_CRON",
                "-");
        try (ServiceProcess once = ServiceProcess.start("ingest-service", env, work, "--once")) {
            assertThat(once.awaitExit(Duration.ofMinutes(5)))
                    .as("ingest --once exit code; see %s", once.log())
                    .isZero();
            assertThat(once.output()).contains("ingest handoff run=");
        }
    }

    /** The oracle: every row the simulator serves now, through the same normaliser, lineage blanked. */
    private static Map<Long, CrimeRecord> sourceRows(SocrataSimulator simulator) throws Exception {
        Map<Long, CrimeRecord> rows = new HashMap<>();
        for (Map<String, String> raw : SodaRows.load(simulator, Integer.MAX_VALUE)) {
            try {
                CrimeRecord record = CRIMES.normaliser().normalise(raw, ORACLE);
                assertThat(rows.put(record.id(), record))
                        .as("source id %s twice", record.id())
                        .isNull();
            } catch (RowRejectedException quarantined) {
                // quarantined by ingest as well; the lake must not hold it
            }
        }
        return rows;
    }

    /** What an external reader globbing the partitions sees between compactions, lineage blanked. */
    private Map<Long, CrimeRecord> lakeRows() throws IOException {
        Map<Long, CrimeRecord> rows = new HashMap<>();
        try (Stream<Path> files = Files.walk(work.resolve("lake/crimes"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".parquet")).toList()) {
                try (LakeParquetReader<CrimeRecord> reader = LakeParquetReader.open(CRIMES, file)) {
                    for (CrimeRecord record = reader.read(); record != null; record = reader.read()) {
                        assertThat(rows.put(record.id(), record.withLineage(ORACLE)))
                                .as("id %s stands in the lake twice", record.id())
                                .isNull();
                    }
                }
            }
        }
        return rows;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
