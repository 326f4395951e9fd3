package io.crimelake.analytics.application.port.in;

import io.crimelake.analytics.domain.CrimeMap;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.MapMode;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshotted;

/** Incoming port for the map and the incident table, answered from the current snapshot. */
public interface IncidentQuery {

    /**
     * Points when the window allows (see {@link MapMode}), per-area counts otherwise.
     *
     * @throws io.crimelake.analytics.domain.InvalidParameterException when points are asked for a window
     *     longer than the configured maximum
     */
    Snapshotted<CrimeMap> map(QueryFilter filter, MapMode mode);

    Snapshotted<IncidentPage> incidents(QueryFilter filter, PageRequest page);
}
