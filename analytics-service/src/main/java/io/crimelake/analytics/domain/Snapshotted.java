package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

/**
 * An answer together with the snapshot it was computed on.
 *
 * @param snapshotId the snapshot's id, or null when the lake holds no data yet
 * @param data the answer
 */
public record Snapshotted<T>(String snapshotId, T data) {

    public Snapshotted {
        requireNonNull(data, "data is null");
    }
}
