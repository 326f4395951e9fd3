package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One immutable, committed state of a dataset in the lake: exactly one file per non-empty partition.
 *
 * @param id sequence number, the parent's id plus one; the first snapshot is 1
 * @param parentId the snapshot this one replaced, or null for the first
 * @param batchId the staged batch whose compaction produced this snapshot
 * @param files one entry per partition, sorted by partition path
 */
public record Snapshot(
        long id, String dataset, Instant committedAt, Long parentId, BatchId batchId, List<PartitionFile> files) {

    public Snapshot {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(committedAt, "committedAt is null");
        requireNonNull(batchId, "batchId is null");
        requireNonNull(files, "files is null");
        PartitionKey.requireValidDatasetName(dataset);
        if (id < 1 || (parentId == null ? id != 1 : parentId != id - 1)) {
            throw new IllegalArgumentException("snapshot " + id + " must follow its parent " + parentId);
        }
        files = files.stream()
                .sorted(Comparator.comparing(file -> file.partition().path()))
                .toList();
        Set<PartitionKey> partitions =
                files.stream().map(PartitionFile::partition).collect(Collectors.toSet());
        if (partitions.size() != files.size()) {
            throw new IllegalArgumentException("snapshot " + id + " lists a partition twice");
        }
        if (files.stream().anyMatch(file -> !file.partition().dataset().equals(dataset))) {
            throw new IllegalArgumentException("snapshot " + id + " lists a file of another dataset");
        }
    }

    /** The first snapshot of a dataset. */
    public static Snapshot first(
            String dataset, Instant committedAt, BatchId batchId, Collection<PartitionFile> files) {
        return new Snapshot(1, dataset, committedAt, null, batchId, List.copyOf(files));
    }

    /** The snapshot that follows this one: {@code written} replace or add partitions, {@code emptied} go away. */
    public Snapshot next(
            Instant committedAt, BatchId batch, Collection<PartitionFile> written, Set<PartitionKey> emptied) {
        Map<PartitionKey, PartitionFile> byPartition = new TreeMap<>(Comparator.comparing(PartitionKey::path));
        byPartition.putAll(filesByPartition());
        emptied.forEach(byPartition::remove);
        written.forEach(file -> byPartition.put(file.partition(), file));
        return new Snapshot(id + 1, dataset, committedAt, id, batch, List.copyOf(byPartition.values()));
    }

    public Map<PartitionKey, PartitionFile> filesByPartition() {
        return files.stream().collect(Collectors.toMap(PartitionFile::partition, Function.identity()));
    }

    public Optional<PartitionFile> file(PartitionKey partition) {
        return Optional.ofNullable(filesByPartition().get(partition));
    }

    public Set<String> fileKeys() {
        return files.stream().map(PartitionFile::key).collect(Collectors.toUnmodifiableSet());
    }

    public long rows() {
        return files.stream().mapToLong(PartitionFile::rows).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(PartitionFile::bytes).sum();
    }
}
