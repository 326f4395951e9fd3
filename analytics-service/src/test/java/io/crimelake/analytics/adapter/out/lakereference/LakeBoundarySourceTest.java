package io.crimelake.analytics.adapter.out.lakereference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.analytics.domain.Boundaries;
import io.crimelake.analytics.testlake.TestBoundaries;
import io.crimelake.lakeformat.store.LocalObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LakeBoundarySourceTest {
    @TempDir
    Path lake;

    @Test
    void findsNothingBeforeIngestStoredBoundaries() throws Exception {
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            assertThat(new LakeBoundarySource(store).current()).isEmpty();
        }
    }

    @Test
    void readsTheNamesAndServesOnlyAreaNameAndGeometryOrderedByArea() throws Exception {
        TestBoundaries.store(lake, "aaaaaaaaaaaaaaaa", Map.of(32, "LOOP", 8, "NEAR NORTH SIDE"));
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            Boundaries boundaries = new LakeBoundarySource(store).current().orElseThrow();

            assertThat(boundaries.version()).isEqualTo("aaaaaaaaaaaaaaaa");
            assertThat(boundaries.names().byNumber()).isEqualTo(Map.of(8, "NEAR NORTH SIDE", 32, "LOOP"));
            JsonNode served = JsonMapper.builder().build().readTree(boundaries.featureCollection());
            assertThat(served.get("features").get(0).get("properties").toString())
                    .isEqualTo("{\"area\":8,\"name\":\"NEAR NORTH SIDE\"}");
            assertThat(served.get("features").get(1).get("geometry").get("coordinates"))
                    .isNotEmpty();
        }
    }

    @Test
    void readsTheDocumentAgainOnlyWhenThePointerNamesAnotherVersion() throws Exception {
        TestBoundaries.store(lake, "aaaaaaaaaaaaaaaa", Map.of(32, "LOOP"));
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            LakeBoundarySource source = new LakeBoundarySource(store);
            source.current();
            Files.delete(lake.resolve("reference/community_areas/aaaaaaaaaaaaaaaa.geojson"));

            assertThat(source.current().orElseThrow().names().name(32)).isEqualTo("LOOP");

            TestBoundaries.store(lake, "bbbbbbbbbbbbbbbb", Map.of(32, "THE LOOP"));
            assertThat(source.current().orElseThrow().names().name(32)).isEqualTo("THE LOOP");
        }
    }

    @Test
    void rejectsADocumentWithoutNamesOrPolygonsOrAStrayKey() throws Exception {
        try (LocalObjectStore store = new LocalObjectStore(lake)) {
            LakeBoundarySource source = new LakeBoundarySource(store);
            TestBoundaries.store(lake, "aaaaaaaaaaaaaaaa", Map.of(32, " "));
            assertThatThrownBy(source::current).hasMessageContaining("without area and name");

            TestBoundaries.store(lake, "bbbbbbbbbbbbbbbb", Map.of(32, "LOOP"));
            Path document = lake.resolve("reference/community_areas/bbbbbbbbbbbbbbbb.geojson");
            Files.writeString(document, Files.readString(document).replace("MultiPolygon", "Point"));
            assertThatThrownBy(source::current).hasMessageContaining("has no polygon");

            TestBoundaries.store(lake, "cccccccccccccccc", Map.of(32, "LOOP"));
            Path pointer = lake.resolve("reference/community_areas/current");
            Files.writeString(
                    pointer, Files.readString(pointer).replace("\"key\":\"reference/", "\"key\":\"_snapshots/"));
            assertThatThrownBy(source::current).hasMessageContaining("unexpected document");
        }
    }
}
