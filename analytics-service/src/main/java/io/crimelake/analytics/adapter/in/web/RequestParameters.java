package io.crimelake.analytics.adapter.in.web;

import io.crimelake.analytics.domain.InvalidParameterException;
import io.crimelake.analytics.domain.QueryFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;

/**
 * Parses an endpoint's query string by hand so every malformed value becomes a 400 naming its parameter
 * (never a framework conversion error), and rejects parameters the endpoint does not know.
 */
final class RequestParameters {
    static final List<String> FILTER_PARAMETERS =
            List.of("from", "to", "type", "district", "communityArea", "arrest", "domestic", "hourFrom", "hourTo");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");
    private static final int MAX_ECHOED_NAME = 40;

    private final MultiValueMap<String, String> values;

    private RequestParameters(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** Accepts the filter parameters plus {@code endpointParameters}; anything else is a 400. */
    static RequestParameters withFilter(MultiValueMap<String, String> values, String... endpointParameters) {
        return only(
                values,
                Stream.concat(FILTER_PARAMETERS.stream(), Stream.of(endpointParameters))
                        .toList());
    }

    /** Accepts exactly {@code accepted}; anything else is a 400. */
    static RequestParameters only(MultiValueMap<String, String> values, List<String> accepted) {
        for (String name : values.keySet()) {
            if (!accepted.contains(name)) {
                String shown = name.length() > MAX_ECHOED_NAME ? name.substring(0, MAX_ECHOED_NAME) + "..." : name;
                throw new InvalidParameterException(
                        shown, "is not a parameter of this endpoint; accepted: " + new TreeSet<>(accepted));
            }
        }
        return new RequestParameters(values);
    }

    /** The filter every query endpoint shares. */
    QueryFilter filter() {
        return new QueryFilter(
                date("from"),
                date("to"),
                all("type"),
                all("district").stream()
                        .map(value -> parseInt("district", value))
                        .toList(),
                all("communityArea").stream()
                        .map(value -> parseInt("communityArea", value))
                        .toList(),
                bool("arrest"),
                bool("domestic"),
                nullableInt("hourFrom"),
                nullableInt("hourTo"));
    }

    /** The value of a parameter that may be given at most once. */
    Optional<String> single(String name) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new InvalidParameterException(name, "must be given at most once");
        }
        return given.stream().findFirst();
    }

    /** A whole number, {@code fallback} when absent. */
    int integer(String name, int fallback) {
        Integer value = nullableInt(name);
        return value == null ? fallback : value;
    }

    private Integer nullableInt(String name) {
        return single(name).map(value -> parseInt(name, value)).orElse(null);
    }

    private Boolean bool(String name) {
        return single(name)
                .map(value -> switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidParameterException(name, "must be true or false");
                })
                .orElse(null);
    }

    private LocalDate date(String name) {
        return single(name)
                .map(value -> {
                    try {
                        return LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new InvalidParameterException(name, "must be an ISO date such as 2024-03-31");
                    }
                })
                .orElse(null);
    }

    private List<String> all(String name) {
        List<String> given = values.get(name);
        return given == null ? List.of() : given;
    }

    private static int parseInt(String name, String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
