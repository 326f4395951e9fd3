package io.crimelake.ingest.application.port.out;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.domain.QueryWindow;

/**
 * One page of a window, in ascending key order: up to {@code limit} rows whose key is greater than
 * {@code afterKey}.
 *
 * @param afterKey the last key already staged, or null for the window's first page
 */
public record PageRequest(String datasetId, QueryWindow window, Long afterKey, int limit) {
    public PageRequest {
        requireNonNull(datasetId, "datasetId is null");
        requireNonNull(window, "window is null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
