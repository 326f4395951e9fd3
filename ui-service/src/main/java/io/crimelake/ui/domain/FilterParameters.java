package io.crimelake.ui.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes and reads an {@link IncidentFilter} as query parameters; the dashboard URL and the analytics API
 * deliberately share these names (issue 5's filter vocabulary), so a dashboard link doubles as an API query.
 */
public final class FilterParameters {
    private FilterParameters() {}

    /** The filter as parameters in a stable order, omitting everything that means "any". */
    public static Map<String, List<String>> of(IncidentFilter filter) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "from", filter.from());
        put(parameters, "to", filter.to());
        putAll(parameters, "type", filter.types());
        putAll(parameters, "district", filter.districts());
        putAll(parameters, "communityArea", filter.communityAreas());
        put(parameters, "arrest", filter.arrest());
        put(parameters, "domestic", filter.domestic());
        if (filter.hours() != null) {
            put(parameters, "hourFrom", filter.hours().from());
            put(parameters, "hourTo", filter.hours().to());
        }
        return parameters;
    }

    /** Reads a filter, skipping (and naming) every value it cannot use; unknown parameters are not its concern. */
    public static ParsedFilter parse(Map<String, List<String>> parameters) {
        Reader reader = new Reader(parameters);
        LocalDate from = reader.single("from", LocalDate::parse).orElse(null);
        LocalDate to = reader.single("to", LocalDate::parse).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            reader.ignored.add("from=" + from + " is after to=" + to);
            from = null;
            to = null;
        }
        Set<String> types = reader.all("type", FilterParameters::nonBlank);
        Set<Integer> districts = reader.all("district", Integer::valueOf);
        Set<Integer> areas = reader.all("communityArea", Integer::valueOf);
        Boolean arrest = reader.single("arrest", FilterParameters::bool).orElse(null);
        Boolean domestic = reader.single("domestic", FilterParameters::bool).orElse(null);
        HourRange hours = reader.hours();
        IncidentFilter filter = new IncidentFilter(from, to, types, districts, areas, arrest, domestic, hours);
        return new ParsedFilter(filter, reader.ignored);
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static <T extends Comparable<? super T>> void putAll(
            Map<String, List<String>> parameters, String name, Set<T> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values.stream().sorted().map(Object::toString).toList());
        }
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank");
        }
        return value;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /** Collects the values it could not parse while reading. */
    private record Reader(Map<String, List<String>> parameters, List<String> ignored) {
        Reader(Map<String, List<String>> parameters) {
            this(parameters, new ArrayList<>());
        }

        <T> Optional<T> single(String name, Function<String, T> parser) {
            List<String> values = parameters.getOrDefault(name, List.of());
            values.stream().skip(1).forEach(extra -> ignored.add(name + "=" + extra));
            return values.stream().findFirst().flatMap(value -> parsed(name, value, parser));
        }

        <T> Set<T> all(String name, Function<String, T> parser) {
            Set<T> result = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(name, List.of())) {
                parsed(name, value, parser).ifPresent(result::add);
            }
            return result;
        }

        HourRange hours() {
            Optional<Integer> from = single("hourFrom", Integer::valueOf);
            Optional<Integer> to = single("hourTo", Integer::valueOf);
            if (from.isEmpty() && to.isEmpty()) {
                return null;
            }
            try {
                return new HourRange(from.orElse(0), to.orElse(23));
            } catch (IllegalArgumentException e) {
                ignored.add("hourFrom/hourTo=" + from.orElse(0) + ".." + to.orElse(23));
                return null;
            }
        }

        private <T> Optional<T> parsed(String name, String value, Function<String, T> parser) {
            try {
                return Optional.of(parser.apply(value));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                ignored.add(name + "=" + value);
                return Optional.empty();
            }
        }
    }
}
