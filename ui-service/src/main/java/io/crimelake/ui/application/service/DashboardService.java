package io.crimelake.ui.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.application.port.out.BoundaryLayer;
import io.crimelake.ui.application.port.out.CrimeStatistics;
import io.crimelake.ui.application.port.out.DatasetMetadata;
import io.crimelake.ui.application.port.out.IncidentRecords;
import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Headline;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.util.Comparator;
import java.util.List;

/** Answers the dashboard's questions from the analytics ports; the headline is the one computed answer. */
public class DashboardService implements DashboardQuery {
    /** How many bars the top-types chart shows (the API's default). */
    static final int TOP_TYPES = 15;

    private final DatasetMetadata metadata;
    private final CrimeStatistics statistics;
    private final IncidentRecords records;
    private final BoundaryLayer boundaries;

    public DashboardService(
            DatasetMetadata metadata, CrimeStatistics statistics, IncidentRecords records, BoundaryLayer boundaries) {
        this.metadata = requireNonNull(metadata, "metadata is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.records = requireNonNull(records, "records is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
    }

    @Override
    public DatasetMeta meta() {
        return metadata.meta();
    }

    @Override
    public Headline headline(IncidentFilter filter) {
        ArrestRates current = statistics.arrestRates(filter);
        ArrestRates previous = statistics.arrestRates(filter.previousPeriod());
        return new Headline(
                current.overall().incidents(),
                current.overall().percent(),
                previous.overall().incidents());
    }

    @Override
    public List<TimeSeriesPoint> timeSeries(IncidentFilter filter, Grain grain) {
        return statistics.timeSeries(filter, grain);
    }

    @Override
    public List<TypeCount> topTypes(IncidentFilter filter) {
        return statistics.topTypes(filter, TOP_TYPES);
    }

    @Override
    public Heatmap heatmap(IncidentFilter filter) {
        return statistics.heatmap(filter);
    }

    @Override
    public ArrestRates arrestRates(IncidentFilter filter) {
        return statistics.arrestRates(filter);
    }

    @Override
    public CrimeMap map(IncidentFilter filter) {
        CrimeMap map = statistics.map(filter);
        if (!map.showsAreas()) {
            return map;
        }
        return CrimeMap.ofAreas(map.areas().stream()
                .sorted(Comparator.comparingLong(AreaCount::count).reversed())
                .toList());
    }

    @Override
    public AreaOutlines outlines() {
        return boundaries.communityAreaOutlines();
    }

    @Override
    public IncidentPage incidents(IncidentFilter filter, int page, int size) {
        return records.incidents(filter, page, size);
    }
}
