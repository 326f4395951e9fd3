package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<PartitionKey, Path> candidates = new HashMap<>();
        // The id range in the manifest rules out most other partitions without downloading them.
        all.forEach((partition, file) -> {
            if (!affected.contains(partition) && session.hasIdBetween(file.minId(), file.maxId())) {
                candidates.put(partition, files.localCopy(file.key()));
            }
        });
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
