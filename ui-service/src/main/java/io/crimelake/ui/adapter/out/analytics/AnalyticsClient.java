package io.crimelake.ui.adapter.out.analytics;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.cloud.openfeign.SpringQueryMap;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * HTTP client of analytics-service's {@code /api/analytics} API, reached through the gateway; the query map
 * holds the filter parameters, and a list value becomes a repeated parameter ({@code type=A&type=B}).
 */
@FeignClient(name = "analytics", url = "${crimelake.gateway-url}", path = "/api/analytics")
public interface AnalyticsClient {

    @GetMapping("/meta")
    AnalyticsJson.Meta meta();

    @GetMapping("/timeseries")
    AnalyticsJson.Snapshotted<List<AnalyticsJson.TimeBucket>> timeseries(
            @SpringQueryMap Map<String, List<String>> parameters);

    @GetMapping("/top-types")
    AnalyticsJson.Snapshotted<List<AnalyticsJson.TypeCount>> topTypes(
            @SpringQueryMap Map<String, List<String>> parameters);

    @GetMapping("/heatmap")
    AnalyticsJson.Snapshotted<AnalyticsJson.Heatmap> heatmap(@SpringQueryMap Map<String, List<String>> parameters);

    @GetMapping("/arrest-rate")
    AnalyticsJson.Snapshotted<AnalyticsJson.ArrestRates> arrestRate(
            @SpringQueryMap Map<String, List<String>> parameters);

    @GetMapping("/map")
    AnalyticsJson.Snapshotted<AnalyticsJson.CrimeMap> map(@SpringQueryMap Map<String, List<String>> parameters);

    /** A GeoJSON FeatureCollection, kept as a tree: the browser draws it as published. */
    @GetMapping("/boundaries")
    JsonNode boundaries();

    @GetMapping("/incidents")
    AnalyticsJson.Snapshotted<AnalyticsJson.IncidentPage> incidents(
            @SpringQueryMap Map<String, List<String>> parameters);
}
