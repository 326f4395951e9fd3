package io.crimelake.ingest.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.ingest.adapter.out.lake.reference.LakeBoundaryStore;
import io.crimelake.ingest.adapter.out.socrata.HttpBoundarySource;
import io.crimelake.ingest.adapter.out.socrata.SodaSettings;
import io.crimelake.ingest.application.service.reference.RefreshBoundariesService;
import io.crimelake.ingest.domain.reference.StoredBoundaries;
import io.crimelake.lakeformat.store.LocalObjectStore;
import io.crimelake.simulator.SocrataSimulator;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The boundaries dataset loaded through the real HTTP and lake adapters from the Socrata simulator. */
class BoundariesAgainstSimulatorTest {
    private static final String DATASET = "igwz-8jzy";
    private static final Path PORTAL_SAMPLE =
            Path.of(System.getProperty("crimelake.samples", "../../shared/data"), "boundaries_community_areas.geojson");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path lake;

    @Test
    void storesTheSyntheticAreasOnceAndAgainOnlyWhenTheirContentChanged() throws Exception {
        try (SocrataSimulator simulator = SocrataSimulator.builder().rows(10).start()) {
            simulator
                    .faults()
                    .enqueue(new Fault(
                            FaultKind.SERVICE_UNAVAILABLE, 1, "/resource/" + DATASET, Duration.ZERO, Duration.ZERO));
            StoredBoundaries first = refresh(simulator);

            assertThat(first.areas()).isEqualTo(77);
            assertThat(first.sourceUpdatedAt())
                    .isEqualTo(simulator.rowsUpdatedAt().truncatedTo(ChronoUnit.SECONDS));
            JsonNode stored = storedDocument(first);
            assertThat(stored.get("features")).hasSize(77);
            JsonNode area1 = stored.get("features").get(0);
            assertThat(area1.get("properties").toString()).isEqualTo("{\"area\":1,\"name\":\"ROGERS PARK\"}");
            assertThat(area1.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
            assertThat(simulator.faults().pendingCount())
                    .as("the 503 was retried")
                    .isZero();

            Path document = lake.resolve("reference/community_areas/" + first.version() + ".geojson");
            Files.delete(document);
            assertThat(refresh(simulator))
                    .as("unchanged upstream: nothing fetched or written")
                    .isEqualTo(first);
            assertThat(document).doesNotExist();
        }
    }

    @Test
    void storesThePortalsOwnExportWithItsNamesAndGeometry() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(PORTAL_SAMPLE), "the shared portal sample is not available here");
        try (SocrataSimulator simulator =
                SocrataSimulator.builder().rows(10).boundaries(PORTAL_SAMPLE).start()) {
            StoredBoundaries stored = refresh(simulator);

            Map<Integer, String> names = new TreeMap<>();
            JsonNode portal = JSON.readTree(PORTAL_SAMPLE.toFile());
            portal.get("features")
                    .forEach(feature -> names.put(
                            Integer.parseInt(
                                    feature.get("properties").get("area_numbe").asString()),
                            feature.get("properties").get("community").asString()));
            Map<Integer, String> storedNames = new TreeMap<>();
            JsonNode document = storedDocument(stored);
            document.get("features")
                    .forEach(feature -> storedNames.put(
                            feature.get("properties").get("area").asInt(),
                            feature.get("properties").get("name").asString()));
            assertThat(stored.areas()).isEqualTo(77);
            assertThat(storedNames).isEqualTo(names).containsEntry(32, "LOOP");
            JsonNode douglas = portal.get("features").get(0);
            assertThat(document.get("features").get(34).get("geometry")).isEqualTo(douglas.get("geometry"));
        }
    }

    private StoredBoundaries refresh(SocrataSimulator simulator) throws Exception {
        var soda = new SodaSettings(
                simulator.baseUri(), null, Duration.ofSeconds(10), 3, Duration.ofMillis(1), Duration.ofMillis(10));
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            return new RefreshBoundariesService(
                            DATASET,
                            new HttpBoundarySource(soda, new SimpleMeterRegistry(), Clock.systemUTC()),
                            new LakeBoundaryStore(store, DATASET, Clock.systemUTC()))
                    .refresh();
        }
    }

    private JsonNode storedDocument(StoredBoundaries stored) throws Exception {
        JsonNode pointer =
                JSON.readTree(lake.resolve("reference/community_areas/current").toFile());
        assertThat(pointer.get("version").asString()).isEqualTo(stored.version());
        return JSON.readTree(lake.resolve(pointer.get("key").asString()).toFile());
    }
}
