package io.crimelake.analytics.application.port.out;

import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.LakeOverview;
import io.crimelake.analytics.domain.Snapshot;

/** Outgoing port summarising a snapshot: row count, date range, freshness and dimension values. */
public interface SnapshotOverview {

    /**
     * The overview of {@code snapshot}, which holds at least one data file, with community areas named from
     * {@code names}.
     */
    LakeOverview overview(Snapshot snapshot, CommunityAreaNames names);
}
