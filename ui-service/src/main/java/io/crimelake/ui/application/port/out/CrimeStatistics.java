package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.util.List;

/**
 * Outgoing port for the aggregates the dashboard charts; every method throws
 * {@link io.crimelake.ui.domain.AnalyticsUnavailableException} when analytics cannot answer, and answers an
 * empty result (not an error) when nothing matches.
 */
public interface CrimeStatistics {

    /** Incident counts per bucket, oldest first. */
    List<TimeSeriesPoint> timeSeries(IncidentFilter filter, Grain grain);

    /** The {@code limit} most frequent primary types, most frequent first. */
    List<TypeCount> topTypes(IncidentFilter filter, int limit);

    /** Counts by day of week and hour, Chicago local time. */
    Heatmap heatmap(IncidentFilter filter);

    /** Arrest rates overall and per primary type. */
    ArrestRates arrestRates(IncidentFilter filter);

    /** Incidents as points when the window is short enough, else counts per community area. */
    CrimeMap map(IncidentFilter filter);
}
