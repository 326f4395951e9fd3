package io.crimelake.ui.application.port.in;

import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Headline;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.util.List;

/**
 * Incoming port: every question the dashboard asks; each throws
 * {@link io.crimelake.ui.domain.AnalyticsUnavailableException} when analytics cannot answer.
 */
public interface DashboardQuery {

    /** What the lake holds, for the filter choices and the default window. */
    DatasetMeta meta();

    /** Incidents, arrest share and the change against the previous window; needs a filter with a window. */
    Headline headline(IncidentFilter filter);

    /** The time series at {@code grain}. */
    List<TimeSeriesPoint> timeSeries(IncidentFilter filter, Grain grain);

    /** The most frequent primary types. */
    List<TypeCount> topTypes(IncidentFilter filter);

    /** Day-of-week by hour counts. */
    Heatmap heatmap(IncidentFilter filter);

    /** Arrest rates per primary type. */
    ArrestRates arrestRates(IncidentFilter filter);

    /** Counts per community area, most incidents first. */
    List<AreaCount> communityAreas(IncidentFilter filter);

    /** A page of matching incidents. */
    IncidentPage incidents(IncidentFilter filter, int page, int size);
}
