package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

/**
 * A source row that could not be normalised, kept with the reason so a data steward can look at it.
 *
 * @param field the API field at fault
 * @param rawValue the offending value as received, or null when it was missing
 */
public record QuarantinedRow(String runId, long page, String field, String reason, String rawValue, RawRow row) {
    public QuarantinedRow {
        requireNonNull(runId, "runId is null");
        requireNonNull(field, "field is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(row, "row is null");
    }
}
