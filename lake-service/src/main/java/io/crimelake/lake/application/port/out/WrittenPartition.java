package io.crimelake.lake.application.port.out;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.partition.PartitionKey;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** A partition's new file, written locally by the merge engine, with the statistics the manifest records. */
public record WrittenPartition(
        PartitionKey partition,
        Path file,
        long rows,
        long bytes,
        LocalDateTime minDate,
        LocalDateTime maxDate,
        long minId,
        long maxId,
        String checksum) {
    public WrittenPartition {
        requireNonNull(partition, "partition is null");
        requireNonNull(file, "file is null");
        requireNonNull(minDate, "minDate is null");
        requireNonNull(maxDate, "maxDate is null");
        requireNonNull(checksum, "checksum is null");
    }
}
