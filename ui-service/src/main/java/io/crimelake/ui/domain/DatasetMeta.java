package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What the lake holds: whether there is data, its date range and the filter dimensions with counts.
 *
 * @param message a sentence from analytics-service to show when there is no data
 * @param firstDay the earliest incident's Chicago date, null without data
 * @param lastDay the latest incident's Chicago date, null without data
 */
public record DatasetMeta(
        boolean hasData,
        String message,
        Freshness freshness,
        LocalDate firstDay,
        LocalDate lastDay,
        List<TypeCount> types,
        List<DistrictCount> districts,
        List<AreaCount> communityAreas) {

    /** The default window: the last this-many days of available data. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    public DatasetMeta {
        requireNonNull(message, "message is null");
        requireNonNull(freshness, "freshness is null");
        types = List.copyOf(requireNonNull(types, "types is null"));
        districts = List.copyOf(requireNonNull(districts, "districts is null"));
        communityAreas = List.copyOf(requireNonNull(communityAreas, "communityAreas is null"));
    }

    /** {@code filter} with its missing date ends taken from the last 30 days of available data. */
    public IncidentFilter withDefaultWindow(IncidentFilter filter) {
        if (filter.hasDateWindow() || lastDay == null) {
            return filter;
        }
        LocalDate to = filter.to() != null ? filter.to() : lastDay;
        LocalDate from = filter.from() != null ? filter.from() : to.minusDays(DEFAULT_WINDOW_DAYS - 1);
        return filter.between(from.isAfter(to) ? to : from, to);
    }
}
