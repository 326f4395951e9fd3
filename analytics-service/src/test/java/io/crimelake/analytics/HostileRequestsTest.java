package io.crimelake.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.testlake.LakeServerTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hundreds of malformed and hostile requests get problem details with a 4xx, and the service stays up. */
class HostileRequestsTest extends LakeServerTest {
    private static final List<String> ENDPOINTS = List.of(
            "timeseries",
            "top-types",
            "heatmap",
            "arrest-rate",
            "community-areas",
            "map",
            "incidents",
            "export.csv",
            "export.parquet");
    private static final List<String> HOSTILE_VALUES = List.of(
            "1' OR '1'='1",
            "'; DROP TABLE crimes; --",
            "1); SELECT * FROM read_csv('/etc/passwd') --",
            "99999999999999999999999",
            "1e9",
            "0x10",
            "NaN",
            "-",
            "",
            " ",
            "１２",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "ünïcødé",
            "\u0000",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "x".repeat(5_000));
    /** Parameters every endpoint filters on, each of which must reject all of {@link #HOSTILE_VALUES}. */
    private static final List<String> STRICT_PARAMETERS =
            List.of("from", "to", "district", "communityArea", "arrest", "domestic", "hourFrom", "hourTo");

    @Test
    void malformedAndHostileRequestsGetOnly4xxAndTheServiceStaysUp() {
        List<String> requests = hostileRequests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(200);

        for (String request : requests) {
            HttpResponse<String> response = get(request);
            assertThat(response.statusCode()).as(request).isBetween(400, 499);
            if (response.statusCode() == 400 && !response.body().isEmpty()) {
                assertThat(response.headers().firstValue("Content-Type"))
                        .as(request)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(parse(response.body()).path("parameter").asString()).isNotEmpty();
            }
        }

        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(getJson("/api/analytics/heatmap").get("data").get("counts").size())
                .isEqualTo(7);
    }

    @Test
    void eachMistakeNamesTheParameterAtFault() {
        Map<String, String> expectations = Map.ofEntries(
                Map.entry("/api/analytics/timeseries?grain=year", "grain"),
                Map.entry("/api/analytics/timeseries?from=2024-02-01&to=2024-01-01", "from"),
                Map.entry("/api/analytics/top-types?n=0", "n"),
                Map.entry("/api/analytics/top-types?n=101", "n"),
                Map.entry("/api/analytics/heatmap?district=nine", "district"),
                Map.entry("/api/analytics/heatmap?year=2024", "year"),
                Map.entry("/api/analytics/map?mode=points&from=2023-01-01&to=2023-12-31", "mode"),
                Map.entry("/api/analytics/incidents?size=501", "size"),
                Map.entry("/api/analytics/incidents?from=2024-01-01&from=2024-02-01", "from"),
                Map.entry("/api/analytics/meta?grain=day", "grain"),
                Map.entry("/api/analytics/boundaries?version=1", "version"));
        expectations.forEach((request, parameter) -> {
            HttpResponse<String> response = get(request);
            assertThat(response.statusCode()).as(request).isEqualTo(400);
            assertThat(parse(response.body()).get("parameter").asString())
                    .as(request)
                    .isEqualTo(parameter);
        });
    }

    private static List<String> hostileRequests() {
        List<String> requests = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            String base = "/api/analytics/" + endpoint + "?";
            for (String value : HOSTILE_VALUES) {
                String parameter = STRICT_PARAMETERS.get(Math.floorMod(value.hashCode(), STRICT_PARAMETERS.size()));
                requests.add(base + parameter + "=" + encode(value));
                requests.add(base + "type=" + encode(value.isBlank() ? value : value + ";"));
            }
            requests.add(base + encode("from;DROP") + "=2024-01-01");
            requests.add(base + "FROM=2024-01-01");
            requests.add(base + "from=2024-01-01&from=2024-01-02");
            requests.add(base + "from=2024-12-31&to=2024-01-01");
            requests.add(base + "from=2024-02-30");
            requests.add(base + "from=0000-01-01");
            requests.add(base + "to=+999999999-12-31");
            requests.add(base + "hourFrom=24");
            requests.add(base + "hourTo=-1");
            requests.add(base + "district=0");
            requests.add(base + "communityArea=78");
            requests.add(base + "district=1".repeat(1).concat("&district=2".repeat(60)));
            requests.add(base + "arrest=yes");
            requests.add(base + "domestic=TRUE");
            requests.add(base + "type=" + encode("T".repeat(61)));
        }
        requests.add("/api/analytics/timeseries?grain=" + encode("day' --"));
        requests.add("/api/analytics/timeseries?grain=day&grain=week");
        requests.add("/api/analytics/top-types?n=-5");
        requests.add("/api/analytics/top-types?n=" + encode("15 OR 1=1"));
        requests.add("/api/analytics/incidents?page=-1");
        requests.add("/api/analytics/incidents?page=100001");
        requests.add("/api/analytics/incidents?size=0");
        requests.add("/api/analytics/map?mode=" + encode("points; --"));
        requests.add("/api/analytics/meta?x=1");
        requests.add("/api/analytics/boundaries?from=2024-01-01");
        requests.add("/api/analytics/boundaries?area=" + encode("1' OR '1'='1"));
        requests.add("/api/analytics/boundaries?" + encode("x".repeat(5_000)) + "=1");
        return requests;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
