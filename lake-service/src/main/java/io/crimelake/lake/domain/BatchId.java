package io.crimelake.lake.domain;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** The id of a staged ingest batch (the ingest run id), safe to use as one segment of an object key. */
public record BatchId(String value) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public BatchId {
        requireNonNull(value, "batch id is null");
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "batch id must be 1-128 letters, digits, '.', '_' or '-' and start with a letter or digit: '"
                            + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
