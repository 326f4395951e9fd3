package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The one Parquet file that holds a partition's rows in a snapshot, with the statistics readers and the
 * compactor use to skip it.
 *
 * @param key object key relative to the lake root, inside the partition's folder
 * @param checksum SHA-256 of the file's bytes, lower-case hex
 * @param writtenBySnapshot the snapshot that wrote this file
 * @param writtenAt when that snapshot was committed
 */
public record PartitionFile(
        PartitionKey partition,
        String key,
        long rows,
        long bytes,
        LocalDateTime minDate,
        LocalDateTime maxDate,
        long minId,
        long maxId,
        String checksum,
        long writtenBySnapshot,
        Instant writtenAt) {

    public PartitionFile {
        requireNonNull(partition, "partition is null");
        requireNonNull(key, "key is null");
        requireNonNull(minDate, "minDate is null");
        requireNonNull(maxDate, "maxDate is null");
        requireNonNull(checksum, "checksum is null");
        requireNonNull(writtenAt, "writtenAt is null");
        if (!key.startsWith(partition.prefix())) {
            throw new IllegalArgumentException("file " + key + " is not inside " + partition.path());
        }
        if (rows < 1 || bytes < 1) {
            throw new IllegalArgumentException("a partition file holds at least one row and byte: " + key);
        }
        if (minDate.isAfter(maxDate) || minId > maxId) {
            throw new IllegalArgumentException("minimum above maximum in the statistics of " + key);
        }
    }

    /** Whether some id in {@code [low, high]} could be stored in this file. */
    public boolean mayHoldIdBetween(long low, long high) {
        return low <= maxId && high >= minId;
    }
}
