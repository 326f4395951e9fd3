package io.crimelake.ui.adapter.out.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The JSON shapes of ingest-service's run API, owned by this client; only the fields the console reads are declared,
 * so additions on the provider side do not break it.
 */
public final class IngestJson {
    private IngestJson() {}

    /**
     * The body of {@code POST /runs}: no fields for an incremental run, {@code start}/{@code end} months for a backfill,
     * {@code fromCsv} for a csv bootstrap.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StartRun(String mode, String start, String end, String fromCsv) {}

    public record Run(
            String id,
            String mode,
            String status,
            String error,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            long pages,
            long rowsFetched,
            long rowsQuarantined,
            Long totalRows,
            long rowsPerSecond,
            Long etaSeconds,
            Handoff handoff) {}

    public record Handoff(Instant at, Long snapshotId, long rowsInserted, long rowsUpdated, long rowsUnchanged) {}
}
