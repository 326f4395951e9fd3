package io.crimelake.analytics.application.port.in;

import io.crimelake.analytics.domain.Boundaries;

/** The community-area boundaries maps are drawn over, and the area names every answer uses. */
public interface BoundariesQuery {

    /** The current boundaries; {@link Boundaries#none()} until ingest-service has loaded some. */
    Boundaries boundaries();
}
