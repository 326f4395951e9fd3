package io.crimelake.ingest.application.service;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.domain.IncrementalWindowPolicy;
import java.time.ZoneId;

/**
 * The settings the ingest services need, free of any framework.
 *
 * @param datasetId the source dataset this service ingests
 * @param defaultPageSize rows per source request when a run does not say
 * @param sourceZone the zone of the portal's floating timestamps, used to read "today"
 * @param maxFailures how many times a run may fail (each later trigger resumes it) before it is abandoned
 */
public record IngestServiceSettings(
        String datasetId,
        IncrementalWindowPolicy windowPolicy,
        int defaultPageSize,
        ZoneId sourceZone,
        int maxFailures) {
    public IngestServiceSettings {
        requireNonNull(datasetId, "datasetId is null");
        requireNonNull(windowPolicy, "windowPolicy is null");
        requireNonNull(sourceZone, "sourceZone is null");
        if (defaultPageSize < 1) {
            throw new IllegalArgumentException("defaultPageSize must be at least 1");
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }
}
