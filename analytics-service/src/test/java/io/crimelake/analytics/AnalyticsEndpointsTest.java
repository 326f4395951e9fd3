package io.crimelake.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crimelake.analytics.testlake.Expected;
import io.crimelake.analytics.testlake.LakeServerTest;
import io.crimelake.analytics.testlake.Scenario;
import io.crimelake.analytics.testlake.TestBoundaries;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every query endpoint's numbers, through HTTP, against a plain-Java computation over the same rows. */
class AnalyticsEndpointsTest extends LakeServerTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    private Expected expected(Scenario scenario) {
        return Expected.of(TestLake.shared(), scenario.predicate());
    }

    private JsonNode data(String path, Scenario scenario, String extra) {
        String query = scenario.query().isEmpty() ? extra : scenario.query() + (extra.isEmpty() ? "" : "&" + extra);
        JsonNode body = getJson("/api/analytics/" + path + (query.isEmpty() ? "" : "?" + query));
        assertThat(body.path("snapshotId").asString()).startsWith("folder-");
        return body.get("data");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void timeseriesCountsEveryDayIsoWeekAndMonth(Scenario scenario) {
        for (String grain : List.of("day", "week", "month")) {
            Map<LocalDate, Long> actual = new LinkedHashMap<>();
            for (JsonNode bucket : data("timeseries", scenario, "grain=" + grain)) {
                actual.put(
                        LocalDate.parse(bucket.get("start").asString()),
                        bucket.get("count").asLong());
            }
            assertThat(actual)
                    .as(grain)
                    .containsExactlyEntriesOf(expected(scenario).timeseries(grain));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void topTypesAreTheMostFrequentInOrder(Scenario scenario) {
        for (int n : List.of(1, 3, 100)) {
            Map<String, Long> actual = new LinkedHashMap<>();
            for (JsonNode type : data("top-types", scenario, "n=" + n)) {
                actual.put(type.get("type").asString(), type.get("count").asLong());
            }
            assertThat(actual)
                    .as("n=%d", n)
                    .containsExactlyEntriesOf(expected(scenario).topTypes(n));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void heatmapCountsWallClockHoursByIsoDayOfWeek(Scenario scenario) {
        JsonNode counts = data("heatmap", scenario, "").get("counts");
        long[][] expected = expected(scenario).heatmap();
        assertThat(counts.size()).isEqualTo(7);
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                assertThat(counts.get(day).get(hour).asLong())
                        .as("day %d hour %d", day + 1, hour)
                        .isEqualTo(expected[day][hour]);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void arrestRateCountsIncidentsAndArrestsPerType(Scenario scenario) {
        JsonNode data = data("arrest-rate", scenario, "");
        Expected expected = expected(scenario);
        Map<String, Long> incidents = new TreeMap<>();
        Map<String, Long> arrests = new TreeMap<>();
        List<Long> order = new ArrayList<>();
        for (JsonNode rate : data.get("byType")) {
            String type = rate.get("type").asString();
            incidents.put(type, rate.get("incidents").asLong());
            arrests.put(type, rate.get("arrests").asLong());
            order.add(rate.get("incidents").asLong());
            assertThat(rate.get("percent").asDouble())
                    .isCloseTo(
                            100.0
                                    * rate.get("arrests").asLong()
                                    / rate.get("incidents").asLong(),
                            within(1e-9));
        }
        assertThat(incidents).isEqualTo(expected.incidentsByType());
        Map<String, Long> expectedArrests = new TreeMap<>(expected.arrestsByType());
        expected.incidentsByType().keySet().forEach(type -> expectedArrests.putIfAbsent(type, 0L));
        assertThat(arrests).isEqualTo(expectedArrests);
        assertThat(order).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long total = expected.incidentsByType().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(data.get("overall").get("incidents").asLong()).isEqualTo(total);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void communityAreasCountPerNamedArea(Scenario scenario) {
        Map<Integer, Long> actual = new TreeMap<>();
        for (JsonNode area : data("community-areas", scenario, "")) {
            actual.put(area.get("communityArea").asInt(), area.get("count").asLong());
            int number = area.get("communityArea").asInt();
            assertThat(area.get("name").asString())
                    .isEqualTo(
                            number == TestBoundaries.UNNAMED_AREA
                                    ? "Community area " + number
                                    : TestBoundaries.name(number));
        }
        assertThat(actual).isEqualTo(expected(scenario).byCommunityArea());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void mapShowsCappedStablePointsForShortWindowsAndAreasOtherwise(Scenario scenario) {
        Expected expected = expected(scenario);
        JsonNode map = data("map", scenario, "");
        boolean shortWindow =
                scenario.query().contains("from=2024-03-01") || scenario.query().contains("2023-12-25");
        if (!shortWindow) {
            assertThat(map.get("mode").asString()).isEqualTo("areas");
            Map<Integer, Long> areas = new TreeMap<>();
            map.get("areas")
                    .forEach(a -> areas.put(
                            a.get("communityArea").asInt(), a.get("count").asLong()));
            assertThat(areas).isEqualTo(expected.byCommunityArea());
            return;
        }
        assertThat(map.get("mode").asString()).isEqualTo("points");
        Set<Long> located = expected.matching().stream()
                .filter(r -> r.latitude() != null)
                .map(CrimeRecord::id)
                .collect(Collectors.toSet());
        List<Long> ids = new ArrayList<>();
        map.get("points").forEach(point -> ids.add(point.get("id").asLong()));
        assertThat(ids).hasSize((int) Math.min(MAP_POINT_CAP, located.size())).doesNotHaveDuplicates();
        assertThat(located).containsAll(ids);
        assertThat(map.get("truncated").asBoolean()).isEqualTo(located.size() > MAP_POINT_CAP);
        List<Long> again = new ArrayList<>();
        data("map", scenario, "mode=points")
                .get("points")
                .forEach(p -> again.add(p.get("id").asLong()));
        assertThat(again).as("the same sample every time").isEqualTo(ids);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void incidentsArePagedNewestFirstWithTheTotal(Scenario scenario) {
        List<CrimeRecord> expected = expected(scenario).newestFirst();
        for (int page : List.of(0, 1)) {
            JsonNode data = data("incidents", scenario, "page=" + page + "&size=25");
            assertThat(data.get("total").asLong()).isEqualTo(expected.size());
            List<Long> ids = new ArrayList<>();
            data.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            List<Long> expectedIds = expected.stream()
                    .skip(page * 25L)
                    .limit(25)
                    .map(CrimeRecord::id)
                    .toList();
            assertThat(ids).isEqualTo(expectedIds);
        }
    }
}
