package io.crimelake.ui.adapter.out.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The JSON shapes analytics-service answers with, owned by this client (the caller owns its records); only
 * the fields the dashboard reads are declared, so additions on the provider side do not break it.
 */
public final class AnalyticsJson {
    private AnalyticsJson() {}

    /** Every query answer wraps its data next to the snapshot id it was computed on (not read here). */
    public record Snapshotted<T>(T data) {}

    public record Meta(
            boolean hasData,
            String message,
            String snapshotId,
            Instant committedAt,
            int publicationLagDays,
            Overview overview) {}

    public record Overview(
            LocalDateTime firstIncident,
            LocalDateTime lastIncident,
            Instant lastIngestedAt,
            LocalDateTime lastSourceUpdate,
            List<TypeCount> types,
            List<DistrictCount> districts,
            List<AreaCount> communityAreas) {}

    public record TimeBucket(LocalDate start, long count) {}

    public record TypeCount(String type, long count) {}

    public record DistrictCount(int district, long count) {}

    public record AreaCount(int communityArea, String name, long count) {}

    /** Seven rows (Monday first) of 24 hourly counts. */
    public record Heatmap(List<List<Long>> counts) {}

    public record ArrestRate(String type, long incidents, long arrests, double percent) {}

    public record ArrestRates(ArrestRate overall, List<ArrestRate> byType) {}

    /** {@code mode} is {@code points} or {@code areas}; the other list is empty. */
    public record CrimeMap(String mode, List<MapPoint> points, List<AreaCount> areas, boolean truncated) {}

    public record MapPoint(double latitude, double longitude, String type) {}

    public record Incident(
            long id,
            String caseNumber,
            LocalDateTime date,
            String block,
            String primaryType,
            String description,
            String locationDescription,
            boolean arrest,
            boolean domestic,
            Integer district,
            Integer communityArea) {}

    public record IncidentPage(List<Incident> items, int page, int size, long total) {}
}
