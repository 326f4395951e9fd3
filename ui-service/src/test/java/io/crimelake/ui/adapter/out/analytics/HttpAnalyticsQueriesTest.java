package io.crimelake.ui.adapter.out.analytics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import io.crimelake.ui.domain.AnalyticsUnavailableException;
import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.Freshness;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.HourRange;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.MapPoint;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Feign client against one JSON sample per analytics endpoint, served by a local JDK HTTP server. */
@SpringBootTest(classes = HttpAnalyticsQueriesTest.Client.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HttpAnalyticsQueriesTest {
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final HttpServer SERVER = start();
    private static final IncidentFilter MARCH =
            IncidentFilter.everything().between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    @Autowired
    HttpAnalyticsQueries analytics;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add(
                "crimelake.gateway-url",
                () -> "http://127.0.0.1:" + SERVER.getAddress().getPort());
    }

    @BeforeEach
    void forgetRequests() {
        REQUESTS.clear();
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Test
    void readsMetaWithItsDateRangeAndDimensions() {
        DatasetMeta meta = analytics.meta();

        assertThat(REQUESTS).containsExactly("/api/analytics/meta");
        assertThat(meta.hasData()).isTrue();
        assertThat(meta.freshness())
                .isEqualTo(new Freshness(
                        "20240401T060000Z-0007",
                        Instant.parse("2024-04-01T06:00:00Z"),
                        Instant.parse("2024-04-01T05:58:12.345Z"),
                        LocalDateTime.of(2024, 3, 31, 15, 40, 22),
                        7));
        assertThat(meta.firstDay()).isEqualTo(LocalDate.of(2001, 1, 1));
        assertThat(meta.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(meta.types()).first().isEqualTo(new TypeCount("THEFT", 1760000));
        assertThat(meta.districts()).hasSize(2);
        assertThat(meta.communityAreas()).contains(new AreaCount(32, "Loop", 260000));
    }

    @Test
    void sendsEveryFilterWithRepeatedParameters() {
        IncidentFilter filter = MARCH.withTypes(Set.of("THEFT", "CRIMINAL DAMAGE"))
                .withDistricts(Set.of(1, 11))
                .withCommunityAreas(Set.of(25))
                .withArrest(true)
                .withDomestic(false)
                .withHours(new HourRange(20, 23));

        List<TimeSeriesPoint> points = analytics.timeSeries(filter, Grain.WEEK);

        assertThat(REQUESTS)
                .containsExactly("/api/analytics/timeseries?from=2024-03-01&to=2024-03-31"
                        + "&type=CRIMINAL DAMAGE&type=THEFT&district=1&district=11&communityArea=25"
                        + "&arrest=true&domestic=false&hourFrom=20&hourTo=23&grain=week");
        assertThat(points)
                .containsExactly(
                        new TimeSeriesPoint(LocalDate.of(2024, 3, 18), 4410),
                        new TimeSeriesPoint(LocalDate.of(2024, 3, 25), 4297));
    }

    @Test
    void readsTopTypesAskingForN() {
        List<TypeCount> types = analytics.topTypes(MARCH, 15);

        assertThat(REQUESTS).containsExactly("/api/analytics/top-types?from=2024-03-01&to=2024-03-31&n=15");
        assertThat(types).containsExactly(new TypeCount("THEFT", 5102), new TypeCount("CRIMINAL DAMAGE", 2204));
    }

    @Test
    void readsTheHeatmapMondayFirst() {
        Heatmap heatmap = analytics.heatmap(MARCH);

        assertThat(REQUESTS).containsExactly("/api/analytics/heatmap?from=2024-03-01&to=2024-03-31");
        assertThat(heatmap.counts().get(6).get(23)).isEqualTo(623L);
    }

    @Test
    void readsArrestRatesOverallAndByType() {
        ArrestRates rates = analytics.arrestRates(MARCH);

        assertThat(REQUESTS).containsExactly("/api/analytics/arrest-rate?from=2024-03-01&to=2024-03-31");
        assertThat(rates.overall().incidents()).isEqualTo(7306);
        assertThat(rates.overall().arrests()).isEqualTo(1130);
        assertThat(rates.byType()).extracting(rate -> rate.type()).containsExactly("THEFT", "NARCOTICS");
        assertThat(rates.byType().get(1).percent()).isCloseTo(43.1, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void readsAShortWindowsMapAsASampleOfPoints() {
        CrimeMap map = analytics.map(MARCH);

        assertThat(REQUESTS).containsExactly("/api/analytics/map?from=2024-03-01&to=2024-03-31");
        assertThat(map.showsAreas()).isFalse();
        assertThat(map.truncated()).isTrue();
        assertThat(map.points())
                .containsExactly(new MapPoint(41.8837, -87.6289, "THEFT"), new MapPoint(41.8940, -87.7654, "BATTERY"));
    }

    @Test
    void readsALongWindowsMapAsCountsPerArea() {
        CrimeMap map = analytics.map(MARCH.between(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));

        assertThat(map.showsAreas()).isTrue();
        assertThat(map.areas())
                .containsExactly(new AreaCount(25, "AUSTIN", 8120), new AreaCount(8, "NEAR NORTH SIDE", 6400));
    }

    @Test
    void readsTheOutlinesAsPublishedWithTheirAreaNumbers() {
        AreaOutlines outlines = analytics.communityAreaOutlines();

        assertThat(REQUESTS).containsExactly("/api/analytics/boundaries");
        assertThat(outlines.areaByName()).isEqualTo(Map.of("LOOP", 32, "NEAR NORTH SIDE", 8));
        assertThat(outlines.geoJson())
                .startsWith("{\"type\":\"FeatureCollection\"")
                .contains("MultiPolygon");
    }

    @Test
    void readsAPageOfIncidentsWithMissingValues() {
        IncidentPage page = analytics.incidents(MARCH, 2, 2);

        assertThat(REQUESTS).containsExactly("/api/analytics/incidents?from=2024-03-01&to=2024-03-31&page=2&size=2");
        assertThat(page.total()).isEqualTo(7306);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().getFirst().date()).isEqualTo(LocalDateTime.of(2024, 3, 31, 23, 55));
        assertThat(page.items().getFirst().communityArea()).isEqualTo(32);
        assertThat(page.items().get(1).district()).isNull();
        assertThat(page.items().get(1).domestic()).isTrue();
    }

    @Test
    void turnsAnErrorAnswerIntoAnalyticsUnavailable() {
        assertThatThrownBy(() -> analytics.heatmap(MARCH.withType("FAIL")))
                .isInstanceOf(AnalyticsUnavailableException.class)
                .hasMessageContaining("503");
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/analytics/", HttpAnalyticsQueriesTest::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        REQUESTS.add(URLDecoder.decode(query == null ? path : path + "?" + query, UTF_8));
        String endpoint = path.substring("/api/analytics/".length());
        if (endpoint.equals("map") && query.contains("from=2023")) {
            endpoint = "map-areas"; // a year's window: analytics answers per area
        }
        byte[] body;
        int status;
        try (InputStream sample =
                HttpAnalyticsQueriesTest.class.getResourceAsStream("/analytics/" + endpoint + ".json")) {
            boolean fail = query != null && query.contains("type=FAIL");
            status = sample == null || fail ? 503 : 200;
            body = status == 200 ? sample.readAllBytes() : "{\"title\":\"Service Unavailable\"}".getBytes(UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Only Feign and the adapter: Vaadin needs a web application context, which this test does not start. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = SpringBootAutoConfiguration.class)
    @EnableFeignClients(clients = AnalyticsClient.class)
    static class Client {
        @Bean
        HttpAnalyticsQueries httpAnalyticsQueries(AnalyticsClient client) {
            return new HttpAnalyticsQueries(client);
        }
    }
}
