package io.crimelake.analytics.application.port.in;

import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.ArrestRates;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.Heatmap;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshotted;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.domain.TypeCount;
import java.util.List;

/** Incoming port for the dashboard's aggregate charts, answered from the current snapshot. */
public interface CrimeStatisticsQuery {

    Snapshotted<List<TimeBucket>> timeseries(QueryFilter filter, Grain grain);

    /** The {@code n} (1-100) most frequent primary types. */
    Snapshotted<List<TypeCount>> topTypes(QueryFilter filter, int n);

    Snapshotted<Heatmap> heatmap(QueryFilter filter);

    Snapshotted<ArrestRates> arrestRates(QueryFilter filter);

    Snapshotted<List<AreaCount>> communityAreas(QueryFilter filter);
}
