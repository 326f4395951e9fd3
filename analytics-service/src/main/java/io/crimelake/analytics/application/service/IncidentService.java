package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.BoundariesQuery;
import io.crimelake.analytics.application.port.in.IncidentQuery;
import io.crimelake.analytics.application.port.out.CrimeRows;
import io.crimelake.analytics.application.port.out.CrimeStatistics;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.CrimeMap;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.InvalidParameterException;
import io.crimelake.analytics.domain.MapMode;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshotted;
import java.util.List;

/** Answers the map and the incident table from the current snapshot, cached per snapshot and request. */
public final class IncidentService implements IncidentQuery {
    private final SnapshotAnswers answers;
    private final CrimeRows rows;
    private final CrimeStatistics statistics;
    private final BoundariesQuery boundaries;
    private final int mapPointCap;
    private final int maxPointWindowDays;

    /**
     * @param mapPointCap most points a map returns; beyond it a stable sample is returned
     * @param maxPointWindowDays longest window, in days, for which points are shown
     */
    public IncidentService(
            SnapshotAnswers answers,
            CrimeRows rows,
            CrimeStatistics statistics,
            BoundariesQuery boundaries,
            int mapPointCap,
            int maxPointWindowDays) {
        this.answers = requireNonNull(answers, "answers is null");
        this.rows = requireNonNull(rows, "rows is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
        if (mapPointCap < 1 || maxPointWindowDays < 1) {
            throw new IllegalArgumentException("mapPointCap and maxPointWindowDays must be positive");
        }
        this.mapPointCap = mapPointCap;
        this.maxPointWindowDays = maxPointWindowDays;
    }

    @Override
    public Snapshotted<CrimeMap> map(QueryFilter filter, MapMode mode) {
        boolean shortWindow = filter.windowDays() <= maxPointWindowDays;
        if (mode == MapMode.POINTS && !shortWindow) {
            throw new InvalidParameterException(
                    "mode", "points need from and to at most " + maxPointWindowDays + " days apart");
        }
        if (mode == MapMode.AREAS || !shortWindow) {
            CommunityAreaNames names = boundaries.boundaries().names();
            return answers.answer(
                    List.of("map-areas", filter, names.version()),
                    CrimeMap.areas(List.of()),
                    snapshot -> CrimeMap.areas(statistics.areaCounts(snapshot, filter, names)));
        }
        return answers.answer(
                List.of("map-points", filter),
                CrimeMap.points(List.of(), mapPointCap),
                snapshot -> CrimeMap.points(rows.mapPoints(snapshot, filter, mapPointCap + 1), mapPointCap));
    }

    @Override
    public Snapshotted<IncidentPage> incidents(QueryFilter filter, PageRequest page) {
        return answers.answer(
                List.of("incidents", filter, page),
                IncidentPage.empty(page),
                snapshot -> rows.incidents(snapshot, filter, page));
    }
}
