package io.crimelake.ui.application.port.out;

import io.crimelake.ui.domain.admin.LakeOverview;

/** Outgoing port to lake-service's snapshots and partitions; throws {@code AdminCallException} when a call fails. */
public interface LakeCatalog {

    /** The current snapshot, the {@code recentSnapshots} newest ones and the current partitions. */
    LakeOverview overview(int recentSnapshots);
}
