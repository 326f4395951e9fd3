package io.crimelake.ui.adapter.out.analytics;

import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.ArrestRate;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.DistrictCount;
import io.crimelake.ui.domain.Freshness;
import io.crimelake.ui.domain.Incident;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.MapPoint;
import io.crimelake.ui.domain.TypeCount;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns analytics-service's JSON records into domain records. */
final class AnalyticsMapper {
    private AnalyticsMapper() {}

    static DatasetMeta meta(AnalyticsJson.Meta meta) {
        AnalyticsJson.Overview overview = meta.overview();
        return new DatasetMeta(
                meta.hasData(),
                meta.message(),
                new Freshness(
                        meta.snapshotId(),
                        meta.committedAt(),
                        overview.lastIngestedAt(),
                        overview.lastSourceUpdate(),
                        meta.publicationLagDays()),
                day(overview.firstIncident()),
                day(overview.lastIncident()),
                overview.types().stream().map(AnalyticsMapper::typeCount).toList(),
                overview.districts().stream()
                        .map(district -> new DistrictCount(district.district(), district.count()))
                        .toList(),
                overview.communityAreas().stream()
                        .map(AnalyticsMapper::areaCount)
                        .toList());
    }

    static TypeCount typeCount(AnalyticsJson.TypeCount json) {
        return new TypeCount(json.type(), json.count());
    }

    static AreaCount areaCount(AnalyticsJson.AreaCount json) {
        return new AreaCount(json.communityArea(), json.name(), json.count());
    }

    static ArrestRates arrestRates(AnalyticsJson.ArrestRates json) {
        List<ArrestRate> byType =
                json.byType().stream().map(AnalyticsMapper::arrestRate).toList();
        return new ArrestRates(arrestRate(json.overall()), byType);
    }

    static CrimeMap crimeMap(AnalyticsJson.CrimeMap json) {
        if ("areas".equals(json.mode())) {
            return CrimeMap.ofAreas(
                    json.areas().stream().map(AnalyticsMapper::areaCount).toList());
        }
        List<MapPoint> points = json.points().stream()
                .map(point -> new MapPoint(point.latitude(), point.longitude(), point.type()))
                .toList();
        return CrimeMap.ofPoints(points, json.truncated());
    }

    /** Reads each feature's {@code area} and {@code name}; features without both cannot be clicked, only drawn. */
    static AreaOutlines outlines(JsonNode featureCollection) {
        Map<String, Integer> areaByName = new HashMap<>();
        for (JsonNode feature : featureCollection.path("features")) {
            JsonNode properties = feature.path("properties");
            if (properties.path("area").isIntegralNumber()
                    && properties.path("name").isString()) {
                areaByName.put(
                        properties.path("name").asString(),
                        properties.path("area").asInt());
            }
        }
        return new AreaOutlines(featureCollection.toString(), areaByName);
    }

    static IncidentPage incidentPage(AnalyticsJson.IncidentPage json) {
        List<Incident> items = json.items().stream()
                .map(item -> new Incident(
                        item.id(),
                        item.caseNumber(),
                        item.date(),
                        item.block(),
                        item.primaryType(),
                        item.description(),
                        item.locationDescription(),
                        item.arrest(),
                        item.domestic(),
                        item.district(),
                        item.communityArea()))
                .toList();
        return new IncidentPage(items, json.page(), json.size(), json.total());
    }

    private static ArrestRate arrestRate(AnalyticsJson.ArrestRate json) {
        return new ArrestRate(json.type(), json.incidents(), json.arrests(), json.percent());
    }

    private static LocalDate day(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }
}
