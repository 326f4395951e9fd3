package io.crimelake.lake.adapter.in.web;

import io.crimelake.lake.domain.QuarantineFile;
import java.time.Instant;

/** A quarantine file ingest wrote for a batch. */
public record QuarantineView(String dataset, String batchId, String key, long bytes, Instant lastModified) {
    static QuarantineView fromDomain(QuarantineFile file) {
        return new QuarantineView(
                file.dataset(), file.batchId().value(), file.key(), file.bytes(), file.lastModified());
    }
}
