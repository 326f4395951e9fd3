package io.crimelake.ui.application.service;

import static java.util.Comparator.comparing;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import io.crimelake.ui.application.port.out.BoundaryLayer;
import io.crimelake.ui.application.port.out.CrimeStatistics;
import io.crimelake.ui.application.port.out.DatasetMetadata;
import io.crimelake.ui.application.port.out.IncidentRecords;
import io.crimelake.ui.domain.AnalyticsUnavailableException;
import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.ArrestRate;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.Freshness;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.Incident;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.MapPoint;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The analytics ports answered from a list of incidents held in memory, for tests without HTTP or mocks. */
class InMemoryAnalytics implements DatasetMetadata, CrimeStatistics, IncidentRecords, BoundaryLayer {
    /** Like analytics' default {@code MAP_POINT_MAX_DAYS}. */
    private static final int POINT_MAX_DAYS = 90;

    private final List<Incident> incidents = new ArrayList<>();
    private boolean down;

    InMemoryAnalytics add(LocalDateTime when, String type, boolean arrest) {
        return add(when, type, arrest, 32);
    }

    InMemoryAnalytics add(LocalDateTime when, String type, boolean arrest, int communityArea) {
        int id = incidents.size() + 1;
        incidents.add(
                new Incident(id, "C" + id, when, "001XX N STATE ST", type, "", "", arrest, false, 1, communityArea));
        return this;
    }

    void goDown() {
        down = true;
    }

    @Override
    public DatasetMeta meta() {
        Stream<LocalDate> days = matching(IncidentFilter.everything())
                .map(incident -> incident.date().toLocalDate());
        List<LocalDate> sorted = days.sorted().toList();
        return new DatasetMeta(
                !sorted.isEmpty(),
                "OK",
                new Freshness("memory", null, null, null, 7),
                sorted.isEmpty() ? null : sorted.getFirst(),
                sorted.isEmpty() ? null : sorted.getLast(),
                topTypes(IncidentFilter.everything(), 100),
                List.of(),
                List.of());
    }

    @Override
    public List<TimeSeriesPoint> timeSeries(IncidentFilter filter, Grain grain) {
        Map<LocalDate, Long> counts = matching(filter)
                .collect(
                        groupingBy(incident -> bucket(incident.date().toLocalDate(), grain), TreeMap::new, counting()));
        return counts.entrySet().stream()
                .map(entry -> new TimeSeriesPoint(entry.getKey(), entry.getValue()))
                .toList();
    }

    @Override
    public List<TypeCount> topTypes(IncidentFilter filter, int limit) {
        return matching(filter).collect(groupingBy(Incident::primaryType, counting())).entrySet().stream()
                .map(entry -> new TypeCount(entry.getKey(), entry.getValue()))
                .sorted(comparing(TypeCount::count).reversed().thenComparing(TypeCount::type))
                .limit(limit)
                .toList();
    }

    @Override
    public Heatmap heatmap(IncidentFilter filter) {
        long[][] cells = new long[7][24];
        matching(filter)
                .forEach(incident -> cells[incident.date().getDayOfWeek().getValue() - 1][
                        incident.date().getHour()]++);
        return new Heatmap(
                Stream.of(cells).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    @Override
    public ArrestRates arrestRates(IncidentFilter filter) {
        List<ArrestRate> byType = topTypes(filter, 100).stream()
                .map(type -> rate(
                        type.type(),
                        matching(filter.withTypes(Set.of(type.type()))).toList()))
                .toList();
        return new ArrestRates(rate("ALL", matching(filter).toList()), byType);
    }

    @Override
    public CrimeMap map(IncidentFilter filter) {
        if (ChronoUnit.DAYS.between(filter.from(), filter.to()) < POINT_MAX_DAYS) {
            return CrimeMap.ofPoints(
                    matching(filter)
                            .map(incident -> new MapPoint(41.88, -87.63, incident.primaryType()))
                            .toList(),
                    false);
        }
        Map<Integer, Long> counts =
                matching(filter).collect(groupingBy(Incident::communityArea, TreeMap::new, counting()));
        return CrimeMap.ofAreas(counts.entrySet().stream()
                .map(entry -> new AreaCount(entry.getKey(), "Area " + entry.getKey(), entry.getValue()))
                .toList());
    }

    @Override
    public AreaOutlines communityAreaOutlines() {
        return new AreaOutlines("{\"type\":\"FeatureCollection\",\"features\":[]}", Map.of());
    }

    @Override
    public IncidentPage incidents(IncidentFilter filter, int page, int size) {
        List<Incident> all =
                matching(filter).sorted(comparing(Incident::date).reversed()).toList();
        return new IncidentPage(
                all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size());
    }

    private Stream<Incident> matching(IncidentFilter filter) {
        if (down) {
            throw new AnalyticsUnavailableException("Analytics answered HTTP 503.", null);
        }
        return incidents.stream()
                .filter(i -> filter.from() == null || !i.date().toLocalDate().isBefore(filter.from()))
                .filter(i -> filter.to() == null || !i.date().toLocalDate().isAfter(filter.to()))
                .filter(i -> filter.types().isEmpty() || filter.types().contains(i.primaryType()))
                .filter(i -> filter.districts().isEmpty() || filter.districts().contains(i.district()))
                .filter(i -> filter.communityAreas().isEmpty()
                        || filter.communityAreas().contains(i.communityArea()))
                .filter(i -> filter.arrest() == null || filter.arrest() == i.arrest())
                .filter(i -> filter.domestic() == null || filter.domestic() == i.domestic())
                .filter(i -> filter.hours() == null
                        || (i.date().getHour() >= filter.hours().from()
                                && i.date().getHour() <= filter.hours().to()));
    }

    private static ArrestRate rate(String type, List<Incident> incidents) {
        long arrests = incidents.stream().filter(Incident::arrest).count();
        double percent = incidents.isEmpty() ? 0 : 100.0 * arrests / incidents.size();
        return new ArrestRate(type, incidents.size(), arrests, percent);
    }

    private static LocalDate bucket(LocalDate day, Grain grain) {
        return grain == Grain.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }
}
