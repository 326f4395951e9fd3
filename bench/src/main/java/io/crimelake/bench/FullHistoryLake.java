package io.crimelake.bench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * The lake {@link LakeCompactionBenchmark} leaves behind for the benchmarks after it: the full synthetic history
 * compacted, one daily batch on top, no service running on it.
 *
 * @param root the lake's folder ({@code crimes/year=…/month=…/}, {@code _snapshots/crimes/current}, …)
 * @param rows rows in the current snapshot
 * @param snapshotId the current snapshot
 */
record FullHistoryLake(Path root, long rows, long snapshotId) {
    FullHistoryLake {
        requireNonNull(root, "root is null");
    }

    /** The {@code LAKE_URI} that points a service at this lake. */
    String lakeUri() {
        return "file:" + root.toAbsolutePath();
    }
}
