package io.crimelake.lake.domain;

/**
 * What a compaction did with the batch's distinct ids: new to the lake, replacing a different stored version,
 * or leaving the stored version as it was (same content, or older than what the lake holds).
 */
public record MergeCounts(long inserted, long updated, long unchanged) {
    public MergeCounts {
        if (inserted < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("merge counts must not be negative");
        }
    }

    public long total() {
        return inserted + updated + unchanged;
    }
}
