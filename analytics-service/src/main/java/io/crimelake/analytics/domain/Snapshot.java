package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One published, immutable version of the lake: every crimes data file that makes it up, as local paths.
 *
 * @param id the snapshot's identifier, carried by every answer computed on it
 * @param committedAt when the snapshot became current
 * @param files the Parquet files of every partition, each under a {@code year=YYYY/month=MM} folder
 */
public record Snapshot(String id, Instant committedAt, List<Path> files) {

    public Snapshot {
        requireNonNull(id, "id is null");
        requireNonNull(committedAt, "committedAt is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
    }

    /** Whether the snapshot holds no data file at all (nothing ingested yet). */
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
