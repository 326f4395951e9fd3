package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.crimelake.ui.domain.IncidentFilter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The active narrowing filters as removable chips, so a cross-filter click is visible and undoable. */
class FilterChips extends FlexLayout {
    private final Consumer<IncidentFilter> onChange;

    FilterChips(Consumer<IncidentFilter> onChange) {
        this.onChange = requireNonNull(onChange, "onChange is null");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    /** One chip per type, district, area, toggle and hour range in {@code filter}. */
    void show(IncidentFilter filter) {
        removeAll();
        filter.types().stream()
                .sorted()
                .forEach(type -> chip(type, filter, f -> f.withTypes(without(f.types(), type))));
        filter.districts().stream()
                .sorted()
                .forEach(district ->
                        chip("District " + district, filter, f -> f.withDistricts(without(f.districts(), district))));
        filter.communityAreas().stream()
                .sorted()
                .forEach(area -> chip(
                        "Community area " + area,
                        filter,
                        f -> f.withCommunityAreas(without(f.communityAreas(), area))));
        if (filter.arrest() != null) {
            chip(filter.arrest() ? "Arrest made" : "No arrest", filter, f -> f.withArrest(null));
        }
        if (filter.domestic() != null) {
            chip(filter.domestic() ? "Domestic" : "Not domestic", filter, f -> f.withDomestic(null));
        }
        if (filter.hours() != null) {
            String hours = "%02d:00–%02d:59"
                    .formatted(filter.hours().from(), filter.hours().to());
            chip("Hours " + hours, filter, f -> f.withHours(null));
        }
        if (getComponentCount() > 0) {
            Button clear = new Button("Clear filters", click -> onChange.accept(cleared(filter)));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(clear);
        }
    }

    /** {@code filter} with only its date window left. */
    static IncidentFilter cleared(IncidentFilter filter) {
        return IncidentFilter.everything().between(filter.from(), filter.to());
    }

    private void chip(String label, IncidentFilter filter, UnaryOperator<IncidentFilter> removal) {
        Button remove = new Button("✕", click -> onChange.accept(removal.apply(filter)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove filter " + label);
        Span chip = new Span(new Span(label), remove);
        chip.addClassName("filter-chip");
        chip.getStyle()
                .set("background", "var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-xs) 0 var(--lumo-space-s)");
        add(chip);
    }

    private static <T> Set<T> without(Set<T> values, T value) {
        Set<T> result = new HashSet<>(values);
        result.remove(value);
        return result;
    }
}
