package io.crimelake.ui.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A filter read from query parameters, with the values that had to be ignored ({@code name=value}). */
public record ParsedFilter(IncidentFilter filter, List<String> ignored) {

    public ParsedFilter {
        requireNonNull(filter, "filter is null");
        ignored = List.copyOf(ignored);
    }
}
