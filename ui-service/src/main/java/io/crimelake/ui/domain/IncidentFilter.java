package io.crimelake.ui.domain;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the dashboard is looking at: a date window (Chicago local dates, inclusive) plus optional narrowing
 * by type, district, community area, arrest, domestic and hour of day; empty sets and nulls mean "any".
 */
public record IncidentFilter(
        LocalDate from,
        LocalDate to,
        Set<String> types,
        Set<Integer> districts,
        Set<Integer> communityAreas,
        Boolean arrest,
        Boolean domestic,
        HourRange hours) {

    public IncidentFilter {
        types = Set.copyOf(types);
        districts = Set.copyOf(districts);
        communityAreas = Set.copyOf(communityAreas);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** No narrowing at all: every incident in the lake. */
    public static IncidentFilter everything() {
        return new IncidentFilter(null, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }

    /** Whether both ends of the date window are known. */
    public boolean hasDateWindow() {
        return from != null && to != null;
    }

    /** This filter over {@code from}..{@code to}. */
    public IncidentFilter between(LocalDate from, LocalDate to) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** The same narrowing over the equally long window that ends the day before this one starts. */
    public IncidentFilter previousPeriod() {
        if (!hasDateWindow()) {
            throw new IllegalStateException("a previous period needs both from and to");
        }
        long days = DAYS.between(from, to) + 1;
        return between(from.minusDays(days), from.minusDays(1));
    }

    /** This filter also narrowed to {@code type}. */
    public IncidentFilter withType(String type) {
        return new IncidentFilter(from, to, plus(types, type), districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter also narrowed to community area {@code communityArea}. */
    public IncidentFilter withCommunityArea(int communityArea) {
        return withCommunityAreas(plus(communityAreas, communityArea));
    }

    /** This filter with {@code types} as the type narrowing. */
    public IncidentFilter withTypes(Set<String> types) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter with {@code districts} as the district narrowing. */
    public IncidentFilter withDistricts(Set<Integer> districts) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter with {@code communityAreas} as the community-area narrowing. */
    public IncidentFilter withCommunityAreas(Set<Integer> communityAreas) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter with the arrest narrowing set ({@code null} for any). */
    public IncidentFilter withArrest(Boolean arrest) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter with the domestic narrowing set ({@code null} for any). */
    public IncidentFilter withDomestic(Boolean domestic) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    /** This filter with the hour-of-day narrowing set ({@code null} for any hour). */
    public IncidentFilter withHours(HourRange hours) {
        return new IncidentFilter(from, to, types, districts, communityAreas, arrest, domestic, hours);
    }

    private static <T> Set<T> plus(Set<T> values, T value) {
        LinkedHashSet<T> result = new LinkedHashSet<>(values);
        result.add(value);
        return result;
    }
}
