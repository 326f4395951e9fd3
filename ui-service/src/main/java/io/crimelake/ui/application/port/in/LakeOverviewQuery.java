package io.crimelake.ui.application.port.in;

import io.crimelake.ui.domain.admin.LakeOverview;

/** The lake's snapshots and partitions, for the admin console. */
public interface LakeOverviewQuery {

    /** Throws {@code AdminCallException} when lake-service cannot answer. */
    LakeOverview overview();
}
