package io.crimelake.ui.domain.admin;

import java.util.List;
import java.util.Optional;

/**
 * The lake as an operator checks it: the current snapshot (empty before the first compaction), the recent ones
 * newest first, and the current snapshot's partitions.
 */
public record LakeOverview(Optional<LakeSnapshot> current, List<LakeSnapshot> recent, List<LakePartition> partitions) {

    public LakeOverview {
        current = current == null ? Optional.empty() : current;
        recent = List.copyOf(recent);
        partitions = List.copyOf(partitions);
    }
}
