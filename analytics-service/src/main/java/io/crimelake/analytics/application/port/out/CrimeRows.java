package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.Incident;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.MapPoint;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import java.util.List;
import java.util.function.Consumer;

/** Outgoing port reading individual incidents of one snapshot that match a filter. */
public interface CrimeRows {

    /**
     * Up to {@code limit} incidents that have a location, in an order that depends only on their ids, so the
     * same filter on the same snapshot always yields the same sample.
     */
    List<MapPoint> mapPoints(Snapshot snapshot, QueryFilter filter, int limit);

    /** One page of matching incidents, newest first (ties by id), with the total count. */
    IncidentPage incidents(Snapshot snapshot, QueryFilter filter, PageRequest page);

    /**
     * Hands every matching incident, oldest first, to {@code sink} while reading, holding only a small
     * batch in memory; not cut by the query timeout, since an export may legitimately run for minutes.
     */
    void forEachIncident(Snapshot snapshot, QueryFilter filter, Consumer<Incident> sink);
}
