package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Which ingest run produced a row and when, stamped on every record so lake rows can be traced back. */
public record Lineage(String ingestRunId, Instant ingestedAt) {
    public Lineage {
        requireNonNull(ingestRunId, "ingestRunId is null");
        requireNonNull(ingestedAt, "ingestedAt is null");
        if (ingestRunId.isBlank()) {
            throw new IllegalArgumentException("ingestRunId is blank");
        }
    }
}
