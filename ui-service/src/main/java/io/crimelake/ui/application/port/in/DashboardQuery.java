package io.crimelake.ui.application.port.in;

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

    /** The map's data: points for a short window, else counts per community area, most incidents first. */
    CrimeMap map(IncidentFilter filter);

    /** The community-area outlines the map is drawn over; empty while the lake holds none. */
    AreaOutlines outlines();

    /** A page of matching incidents. */
    IncidentPage incidents(IncidentFilter filter, int page, int size);
}
