package io.crimelake.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.testlake.LakeServerTest;
import io.crimelake.analytics.testlake.TestBoundaries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /boundaries} and the community-area names every answer takes from the stored boundaries. */
class BoundariesEndpointTest extends LakeServerTest {
    private static final String ETAG = "\"" + TestBoundaries.VERSION + "\"";

    @Test
    void servesTheStoredBoundariesAsAGeoJsonFeatureCollectionWithAreaAndName() {
        HttpResponse<String> response = get("/api/analytics/boundaries");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(response.headers().firstValue("ETag")).hasValue(ETAG);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        JsonNode collection = parse(response.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        Map<Integer, String> names = new TreeMap<>();
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            assertThat(feature.get("properties").propertyNames()).containsExactly("area", "name");
            assertThat(feature.get("properties").get("area").isInt()).isTrue();
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
            names.put(
                    feature.get("properties").get("area").asInt(),
                    feature.get("properties").get("name").asString());
        }
        assertThat(names).isEqualTo(TestBoundaries.names());
    }

    @Test
    void answersNotModifiedWhenTheClientHoldsTheCurrentVersion() throws Exception {
        HttpRequest revalidation = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/analytics/boundaries"))
                .header("If-None-Match", ETAG)
                .build();

        HttpResponse<String> response =
                HttpClient.newHttpClient().send(revalidation, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("ETag")).hasValue(ETAG);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void metaAndCommunityAreaCountsUseTheStoredNamesAndNumberTheAreasTheyLack() {
        JsonNode meta = getJson("/api/analytics/meta");
        JsonNode counts = getJson("/api/analytics/community-areas").get("data");
        JsonNode map = getJson("/api/analytics/map?mode=areas").get("data").get("areas");

        for (JsonNode areas : new JsonNode[] {meta.get("overview").get("communityAreas"), counts, map}) {
            assertThat(areas.size()).isEqualTo(77);
            for (JsonNode area : areas) {
                int number = area.get("communityArea").asInt();
                String expected = number == TestBoundaries.UNNAMED_AREA
                        ? "Community area " + number
                        : TestBoundaries.name(number);
                assertThat(area.get("name").asString()).as("area %d", number).isEqualTo(expected);
            }
        }
    }
}
