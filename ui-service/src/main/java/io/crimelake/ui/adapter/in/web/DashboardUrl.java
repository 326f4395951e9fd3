package io.crimelake.ui.adapter.in.web;

import com.vaadin.flow.router.QueryParameters;
import io.crimelake.ui.domain.FilterParameters;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.ParsedFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's state in its query string: the filter under the analytics API's parameter names plus the
 * time-series {@code grain}, so a copied link reproduces the view.
 */
record DashboardUrl(IncidentFilter filter, Grain grain, List<String> ignored) {
    static final String GRAIN = "grain";

    DashboardUrl {
        ignored = List.copyOf(ignored);
    }

    /** Reads the state, skipping invalid values and naming them in {@link #ignored()}. */
    static DashboardUrl parse(QueryParameters parameters) {
        ParsedFilter parsed = FilterParameters.parse(parameters.getParameters());
        List<String> ignored = new ArrayList<>(parsed.ignored());
        Optional<String> grainValue = parameters.getSingleParameter(GRAIN);
        Grain grain = grainValue.flatMap(DashboardUrl::grain).orElse(Grain.DAY);
        if (grainValue.isPresent() && !grain.parameterValue().equals(grainValue.get())) {
            ignored.add(GRAIN + "=" + grainValue.get());
        }
        return new DashboardUrl(parsed.filter(), grain, ignored);
    }

    /** The query parameters for {@code filter} at {@code grain}; the default grain is left out. */
    static QueryParameters of(IncidentFilter filter, Grain grain) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(FilterParameters.of(filter));
        if (grain != Grain.DAY) {
            parameters.put(GRAIN, List.of(grain.parameterValue()));
        }
        return new QueryParameters(parameters);
    }

    private static Optional<Grain> grain(String value) {
        for (Grain grain : Grain.values()) {
            if (grain.parameterValue().equals(value)) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }
}
