package io.crimelake.analytics.adapter.in.web;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.CrimeStatisticsQuery;
import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.ArrestRates;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.Heatmap;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.domain.TypeCount;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's aggregate charts under {@code /api/analytics}. */
@RestController
@RequestMapping("/api/analytics")
class StatisticsController {
    private final CrimeStatisticsQuery query;

    StatisticsController(CrimeStatisticsQuery query) {
        this.query = requireNonNull(query, "query is null");
    }

    @GetMapping("/timeseries")
    Snapshotted<List<TimeBucket>> timeseries(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = RequestParameters.withFilter(parameters, "grain");
        Grain grain = request.single("grain").map(Grain::parse).orElse(Grain.DAY);
        return query.timeseries(request.filter(), grain);
    }

    @GetMapping("/top-types")
    Snapshotted<List<TypeCount>> topTypes(@RequestParam MultiValueMap<String, String> parameters) {
        RequestParameters request = RequestParameters.withFilter(parameters, "n");
        return query.topTypes(request.filter(), request.integer("n", 15));
    }

    @GetMapping("/heatmap")
    Snapshotted<Heatmap> heatmap(@RequestParam MultiValueMap<String, String> parameters) {
        return query.heatmap(RequestParameters.withFilter(parameters).filter());
    }

    @GetMapping("/arrest-rate")
    Snapshotted<ArrestRates> arrestRate(@RequestParam MultiValueMap<String, String> parameters) {
        return query.arrestRates(RequestParameters.withFilter(parameters).filter());
    }

    @GetMapping("/community-areas")
    Snapshotted<List<AreaCount>> communityAreas(@RequestParam MultiValueMap<String, String> parameters) {
        return query.communityAreas(RequestParameters.withFilter(parameters).filter());
    }
}
