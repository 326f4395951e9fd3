package io.crimelake.analytics.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One page of the filtered incidents, newest first, with the total number that matched. */
public record IncidentPage(List<Incident> items, int page, int size, long total) {

    public IncidentPage {
        items = List.copyOf(requireNonNull(items, "items is null"));
    }

    /** No incidents at all for {@code request}. */
    public static IncidentPage empty(PageRequest request) {
        return new IncidentPage(List.of(), request.page(), request.size(), 0);
    }
}
