package io.crimelake.analytics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The filters every query endpoint accepts, validated and normalised so equal filters compare equal.
 *
 * <p>Dates are inclusive Chicago wall-clock days. Lists are sorted and free of duplicates; an empty list
 * means "any". {@code arrest}/{@code domestic} null means both. Hours are 0-23; when {@code hourFrom} is
 * after {@code hourTo} the range wraps past midnight (22 to 3 means 22:00-03:59). Primary types are matched
 * upper-case, as the portal publishes them.
 */
public record QueryFilter(
        LocalDate from,
        LocalDate to,
        List<String> types,
        List<Integer> districts,
        List<Integer> communityAreas,
        Boolean arrest,
        Boolean domestic,
        Integer hourFrom,
        Integer hourTo) {
    public static final int MAX_VALUES = 50;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Pattern PRIMARY_TYPE = Pattern.compile("[A-Z][A-Z0-9 ()/.,&-]{0,59}");

    public QueryFilter {
        requireWithinRange("from", from);
        requireWithinRange("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "must not be after to");
        }
        types = normalisedTypes(types);
        districts = sortedDistinct("district", districts, 1, 99);
        communityAreas = sortedDistinct("communityArea", communityAreas, 1, 77);
        requireHour("hourFrom", hourFrom);
        requireHour("hourTo", hourTo);
        if (hourFrom == null && hourTo != null) {
            hourFrom = 0;
        } else if (hourFrom != null && hourTo == null) {
            hourTo = 23;
        }
    }

    /** No filter at all: the whole history, every type, area and hour. */
    public static QueryFilter everything() {
        return new QueryFilter(null, null, List.of(), List.of(), List.of(), null, null, null, null);
    }

    /** The number of days in the window, or {@link Long#MAX_VALUE} when either end is open. */
    public long windowDays() {
        return from == null || to == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static void requireWithinRange(String parameter, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidParameterException(parameter, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    private static List<String> normalisedTypes(List<String> values) {
        List<String> upper = Objects.requireNonNullElse(values, List.<String>of()).stream()
                .map(value -> value.strip().toUpperCase(Locale.ROOT))
                .toList();
        requireAtMostMaxValues("type", upper);
        for (String type : upper) {
            if (!PRIMARY_TYPE.matcher(type).matches()) {
                throw new InvalidParameterException(
                        "type", "must be a primary type such as THEFT (letters, digits, spaces, ()/.,&-)");
            }
        }
        return upper.stream().distinct().sorted().toList();
    }

    private static List<Integer> sortedDistinct(String parameter, List<Integer> values, int min, int max) {
        List<Integer> list = Objects.requireNonNullElse(values, List.of());
        requireAtMostMaxValues(parameter, list);
        for (Integer value : list) {
            if (value == null || value < min || value > max) {
                throw new InvalidParameterException(parameter, "must be between " + min + " and " + max);
            }
        }
        return list.stream().distinct().sorted().toList();
    }

    private static void requireAtMostMaxValues(String parameter, List<?> values) {
        if (values.size() > MAX_VALUES) {
            throw new InvalidParameterException(parameter, "may be given at most " + MAX_VALUES + " times");
        }
    }

    private static void requireHour(String parameter, Integer hour) {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new InvalidParameterException(parameter, "must be between 0 and 23");
        }
    }
}
