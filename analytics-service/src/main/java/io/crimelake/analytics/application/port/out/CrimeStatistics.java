package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.ArrestRate;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.Heatmap;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.domain.TypeCount;
import java.util.List;

/**
 * Outgoing port computing aggregates over the incidents of one snapshot that match a filter.
 *
 * <p>Every method reads only {@code snapshot}'s files, so an answer never mixes two snapshots. Methods throw
 * {@link io.crimelake.analytics.domain.QueryUnavailableException} when a query times out or no slot frees up.
 */
public interface CrimeStatistics {

    /** Incident counts per non-empty bucket, oldest first. */
    List<TimeBucket> timeseries(Snapshot snapshot, QueryFilter filter, Grain grain);

    /** The {@code limit} most frequent primary types, most frequent first (ties by name). */
    List<TypeCount> topTypes(Snapshot snapshot, QueryFilter filter, int limit);

    /** Counts by ISO day of week and hour of day. */
    Heatmap heatmap(Snapshot snapshot, QueryFilter filter);

    /** Incidents and arrests per primary type, most frequent first (ties by name). */
    List<ArrestRate> arrestRates(Snapshot snapshot, QueryFilter filter);

    /** Counts per community area with a known area, by area number, named from {@code names}. */
    List<AreaCount> areaCounts(Snapshot snapshot, QueryFilter filter, CommunityAreaNames names);
}
