package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the current files a batch affects: those of the partitions its rows fall in, and those still holding
 * one of its ids under an old date, so that a row moving month leaves its old partition.
 */
final class AffectedPartitions {
    private final LakeFiles files;
    private final MergeSession session;

    AffectedPartitions(LakeFiles files, MergeSession session) {
        this.files = files;
        this.session = session;
    }

    /** Local copies of the current files of every affected partition. */
    Map<PartitionKey, Path> currentFiles(Optional<Snapshot> current) {
        Map<PartitionKey, PartitionFile> all =
                current.map(Snapshot::filesByPartition).orElse(Map.of());
        Set<PartitionKey> affected = new HashSet<>(session.batchPartitions());
        affected.retainAll(all.keySet());
        // The id ranges in the manifest rule out most other partitions without downloading them.
        List<PartitionFile> others = all.values().stream()
                .filter(file -> !affected.contains(file.partition()))
                .toList();
        Map<PartitionKey, Path> candidates = new HashMap<>();
        for (PartitionKey partition : session.idRangesHoldingBatchIds(others)) {
            candidates.put(partition, files.localCopy(all.get(partition).key()));
        }
        affected.addAll(session.partitionsHoldingBatchIds(candidates));
        Map<PartitionKey, Path> inputs = new HashMap<>();
        for (PartitionKey partition : affected) {
            Path copy = candidates.get(partition);
            inputs.put(
                    partition,
                    copy != null ? copy : files.localCopy(all.get(partition).key()));
        }
        return inputs;
    }
}
