package io.crimelake.lake.adapter.out.objectstore;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON form of a snapshot manifest, versioned so that the stored format can evolve apart from the domain. */
record ManifestDocument(
        int formatVersion,
        long snapshotId,
        String dataset,
        Instant committedAt,
        Long parentSnapshotId,
        String batchId,
        long rows,
        long bytes,
        List<FileEntry> files) {

    static final int FORMAT_VERSION = 1;

    /** One partition's file, with the partition spelled out for readers that do not parse keys. */
    record FileEntry(
            String key,
            int year,
            int month,
            long rows,
            long bytes,
            LocalDateTime minDate,
            LocalDateTime maxDate,
            long minId,
            long maxId,
            String sha256,
            long writtenBySnapshot,
            Instant writtenAt) {}

    static ManifestDocument from(Snapshot snapshot) {
        List<FileEntry> files = snapshot.files().stream()
                .map(file -> new FileEntry(
                        file.key(),
                        file.partition().year(),
                        file.partition().month(),
                        file.rows(),
                        file.bytes(),
                        file.minDate(),
                        file.maxDate(),
                        file.minId(),
                        file.maxId(),
                        file.checksum(),
                        file.writtenBySnapshot(),
                        file.writtenAt()))
                .toList();
        return new ManifestDocument(
                FORMAT_VERSION,
                snapshot.id(),
                snapshot.dataset(),
                snapshot.committedAt(),
                snapshot.parentId(),
                snapshot.batchId().value(),
                snapshot.rows(),
                snapshot.bytes(),
                files);
    }

    Snapshot toSnapshot() {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalStateException("manifest format " + formatVersion + " is not supported");
        }
        List<PartitionFile> partitionFiles = files.stream()
                .map(file -> new PartitionFile(
                        new PartitionKey(dataset, file.year(), file.month()),
                        file.key(),
                        file.rows(),
                        file.bytes(),
                        file.minDate(),
                        file.maxDate(),
                        file.minId(),
                        file.maxId(),
                        file.sha256(),
                        file.writtenBySnapshot(),
                        file.writtenAt()))
                .toList();
        return new Snapshot(snapshotId, dataset, committedAt, parentSnapshotId, new BatchId(batchId), partitionFiles);
    }
}
