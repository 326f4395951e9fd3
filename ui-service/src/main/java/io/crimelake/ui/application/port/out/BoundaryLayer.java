package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.AreaOutlines;

/** Outgoing port for the lake's reference geometry that the map draws under the data. */
public interface BoundaryLayer {

    /**
     * The community-area outlines; empty (not an error) while the lake holds none.
     *
     * @throws io.crimelake.ui.domain.AnalyticsUnavailableException when analytics cannot answer
     */
    AreaOutlines communityAreaOutlines();
}
