package io.crimelake.ui.adapter.out.analytics;

import static java.util.Objects.requireNonNull;

import feign.FeignException;
import io.crimelake.ui.application.port.out.BoundaryLayer;
import io.crimelake.ui.application.port.out.CrimeStatistics;
import io.crimelake.ui.application.port.out.DatasetMetadata;
import io.crimelake.ui.application.port.out.IncidentRecords;
import io.crimelake.ui.domain.AnalyticsUnavailableException;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.FilterParameters;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The analytics and boundary ports over HTTP: sends the filter as query parameters and maps the answers to the domain. */
public class HttpAnalyticsQueries implements DatasetMetadata, CrimeStatistics, IncidentRecords, BoundaryLayer {
    private final AnalyticsClient client;

    public HttpAnalyticsQueries(AnalyticsClient client) {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public DatasetMeta meta() {
        return AnalyticsMapper.meta(call(client::meta));
    }

    @Override
    public List<TimeSeriesPoint> timeSeries(IncidentFilter filter, Grain grain) {
        var answer = call(() -> client.timeseries(parameters(filter, "grain", grain.parameterValue())));
        return answer.data().stream()
                .map(bucket -> new TimeSeriesPoint(bucket.start(), bucket.count()))
                .toList();
    }

    @Override
    public List<TypeCount> topTypes(IncidentFilter filter, int limit) {
        var answer = call(() -> client.topTypes(parameters(filter, "n", String.valueOf(limit))));
        return answer.data().stream().map(AnalyticsMapper::typeCount).toList();
    }

    @Override
    public Heatmap heatmap(IncidentFilter filter) {
        return new Heatmap(call(() -> client.heatmap(parameters(filter))).data().counts());
    }

    @Override
    public ArrestRates arrestRates(IncidentFilter filter) {
        return AnalyticsMapper.arrestRates(
                call(() -> client.arrestRate(parameters(filter))).data());
    }

    @Override
    public CrimeMap map(IncidentFilter filter) {
        return AnalyticsMapper.crimeMap(
                call(() -> client.map(parameters(filter))).data());
    }

    @Override
    public AreaOutlines communityAreaOutlines() {
        return AnalyticsMapper.outlines(call(client::boundaries));
    }

    @Override
    public IncidentPage incidents(IncidentFilter filter, int page, int size) {
        Map<String, List<String>> parameters = parameters(filter, "page", String.valueOf(page));
        parameters.put("size", List.of(String.valueOf(size)));
        return AnalyticsMapper.incidentPage(
                call(() -> client.incidents(parameters)).data());
    }

    private static Map<String, List<String>> parameters(IncidentFilter filter) {
        return new LinkedHashMap<>(FilterParameters.of(filter));
    }

    private static Map<String, List<String>> parameters(IncidentFilter filter, String name, String value) {
        Map<String, List<String>> parameters = parameters(filter);
        parameters.put(name, List.of(value));
        return parameters;
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (FeignException e) {
            String reason = e.status() > 0 ? "answered HTTP " + e.status() : "is unreachable";
            throw new AnalyticsUnavailableException("Analytics " + reason + ".", e);
        }
    }
}
