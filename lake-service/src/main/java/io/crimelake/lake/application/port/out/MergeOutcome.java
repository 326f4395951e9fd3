package io.crimelake.lake.application.port.out;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.util.List;
import java.util.Set;

/**
 * What a merge produced: the counts, a new local file per changed partition, and the partitions left with no
 * rows at all.
 */
public record MergeOutcome(MergeCounts counts, List<WrittenPartition> written, Set<PartitionKey> emptied) {
    public MergeOutcome {
        requireNonNull(counts, "counts is null");
        written = List.copyOf(requireNonNull(written, "written is null"));
        emptied = Set.copyOf(requireNonNull(emptied, "emptied is null"));
    }

    public int partitionsRewritten() {
        return written.size() + emptied.size();
    }
}
