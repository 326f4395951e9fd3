package io.crimelake.lake.application.service;

import io.crimelake.lake.application.port.out.LakeFiles;
import io.crimelake.lake.domain.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Removes partition-folder files the current snapshot does not list: uploads of a compaction that crashed
 * before its commit, or superseded files a crash left behind after one (their retained copy was made
 * before the commit). Only a lease holder may call it, since another writer's uploads look the same.
 */
final class StrayFiles {
    private StrayFiles() {}

    static int remove(LakeFiles files, String dataset, Optional<Snapshot> current) {
        Set<String> listed = current.map(Snapshot::fileKeys).orElse(Set.of());
        List<String> stray = files.partitionFolderFiles(dataset).stream()
                .filter(key -> !listed.contains(key))
                .toList();
        if (!stray.isEmpty()) {
            files.deletePartitionFiles(stray);
        }
        return stray.size();
    }
}
