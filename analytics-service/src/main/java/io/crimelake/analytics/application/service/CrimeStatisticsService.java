package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.BoundariesQuery;
import io.crimelake.analytics.application.port.in.CrimeStatisticsQuery;
import io.crimelake.analytics.application.port.out.CrimeStatistics;
import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.ArrestRates;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.Heatmap;
import io.crimelake.analytics.domain.InvalidParameterException;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.domain.TypeCount;
import java.util.List;

/** Answers the aggregate charts from the current snapshot, cached per snapshot and request. */
public final class CrimeStatisticsService implements CrimeStatisticsQuery {
    public static final int MAX_TOP_TYPES = 100;

    private final SnapshotAnswers answers;
    private final CrimeStatistics statistics;
    private final BoundariesQuery boundaries;

    public CrimeStatisticsService(SnapshotAnswers answers, CrimeStatistics statistics, BoundariesQuery boundaries) {
        this.answers = requireNonNull(answers, "answers is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
    }

    @Override
    public Snapshotted<List<TimeBucket>> timeseries(QueryFilter filter, Grain grain) {
        return answers.answer(
                List.of("timeseries", filter, grain),
                List.of(),
                snapshot -> statistics.timeseries(snapshot, filter, grain));
    }

    @Override
    public Snapshotted<List<TypeCount>> topTypes(QueryFilter filter, int n) {
        if (n < 1 || n > MAX_TOP_TYPES) {
            throw new InvalidParameterException("n", "must be between 1 and " + MAX_TOP_TYPES);
        }
        return answers.answer(
                List.of("top-types", filter, n), List.of(), snapshot -> statistics.topTypes(snapshot, filter, n));
    }

    @Override
    public Snapshotted<Heatmap> heatmap(QueryFilter filter) {
        return answers.answer(
                List.of("heatmap", filter), Heatmap.empty(), snapshot -> statistics.heatmap(snapshot, filter));
    }

    @Override
    public Snapshotted<ArrestRates> arrestRates(QueryFilter filter) {
        return answers.answer(
                List.of("arrest-rate", filter),
                ArrestRates.of(List.of()),
                snapshot -> ArrestRates.of(statistics.arrestRates(snapshot, filter)));
    }

    @Override
    public Snapshotted<List<AreaCount>> communityAreas(QueryFilter filter) {
        CommunityAreaNames names = boundaries.boundaries().names();
        return answers.answer(
                List.of("community-areas", filter, names.version()),
                List.of(),
                snapshot -> statistics.areaCounts(snapshot, filter, names));
    }
}
