package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A snapshot as readers need it: which file to read for every partition, with sizes and checksums. */
public record SnapshotView(
        long id,
        String dataset,
        Instant committedAt,
        Long parentId,
        String batchId,
        long rows,
        long bytes,
        List<FileView> files) {

    /** One partition file; {@code key} is relative to {@code LAKE_URI}. */
    public record FileView(
            String key,
            String partition,
            long rows,
            long bytes,
            String sha256,
            LocalDateTime minDate,
            LocalDateTime maxDate) {

        static FileView fromDomain(PartitionFile file) {
            return new FileView(
                    file.key(),
                    file.partition().path(),
                    file.rows(),
                    file.bytes(),
                    file.checksum(),
                    file.minDate(),
                    file.maxDate());
        }
    }

    static SnapshotView fromDomain(Snapshot snapshot) {
        return new SnapshotView(
                snapshot.id(),
                snapshot.dataset(),
                snapshot.committedAt(),
                snapshot.parentId(),
                snapshot.batchId().value(),
                snapshot.rows(),
                snapshot.bytes(),
                snapshot.files().stream().map(FileView::fromDomain).toList());
    }
}
