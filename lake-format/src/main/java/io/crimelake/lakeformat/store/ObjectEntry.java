package io.crimelake.lakeformat.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One listed lake object: its key, size in bytes and last-modified time. */
public record ObjectEntry(String key, long size, Instant lastModified) {
    public ObjectEntry {
        requireNonNull(key, "key is null");
        requireNonNull(lastModified, "lastModified is null");
        if (size < 0) {
            throw new IllegalArgumentException("size is negative: " + size);
        }
    }
}
