package io.crimelake.analytics.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.CrimeStatisticsQuery;
import io.crimelake.analytics.application.port.in.MetaQuery;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.QueryFilter;

/**
 * Computes the dashboard's unfiltered opening questions right after a snapshot switch, so the first visitor
 * is answered from the cache instead of paying for full-history scans.
 */
public final class CacheWarmer {
    private static final int DEFAULT_TOP_TYPES = 15;

    private final MetaQuery meta;
    private final CrimeStatisticsQuery statistics;

    public CacheWarmer(MetaQuery meta, CrimeStatisticsQuery statistics) {
        this.meta = requireNonNull(meta, "meta is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
    }

    /** Fills the cache for the current snapshot; the answers themselves are not needed here. */
    public void warm() {
        QueryFilter everything = QueryFilter.everything();
        meta.meta();
        for (Grain grain : Grain.values()) {
            statistics.timeseries(everything, grain);
        }
        statistics.topTypes(everything, DEFAULT_TOP_TYPES);
        statistics.heatmap(everything);
        statistics.arrestRates(everything);
        statistics.communityAreas(everything);
    }
}
