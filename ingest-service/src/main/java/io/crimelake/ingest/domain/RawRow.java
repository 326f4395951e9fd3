package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One source row as received: field values as text keyed by API field names, before any normalisation; a
 * missing key and a null value mean the same.
 */
public record RawRow(Map<String, String> fields) {
    public RawRow {
        requireNonNull(fields, "fields is null");
    }
}
