package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.DistrictCount;
import io.crimelake.ui.domain.HourRange;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.TypeCount;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The dashboard's filter controls; reports a new filter whenever the user changes one of them. */
class FilterPanel extends FormLayout {
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>("Primary types");
    private final MultiSelectComboBox<Integer> districts = new MultiSelectComboBox<>("Districts");
    private final MultiSelectComboBox<Integer> areas = new MultiSelectComboBox<>("Community areas");
    private final Select<Boolean> arrest = yesNoAny("Arrest", "Arrest made", "No arrest");
    private final Select<Boolean> domestic = yesNoAny("Domestic", "Domestic", "Not domestic");
    private final Select<Integer> hourFrom = hour("From hour");
    private final Select<Integer> hourTo = hour("To hour");
    private final Consumer<IncidentFilter> onChange;

    FilterPanel(Consumer<IncidentFilter> onChange) {
        this.onChange = requireNonNull(onChange, "onChange is null");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3), new ResponsiveStep("1100px", 6));
        add(from, to, arrest, domestic, hourFrom, hourTo, types, districts, areas);
        // Stable ids for the browser tests.
        from.setId("filter-from");
        to.setId("filter-to");
        arrest.setId("filter-arrest");
        domestic.setId("filter-domestic");
        hourFrom.setId("filter-hour-from");
        hourTo.setId("filter-hour-to");
        types.setId("filter-types");
        districts.setId("filter-districts");
        areas.setId("filter-areas");
        setColspan(types, 2);
        setColspan(districts, 2);
        setColspan(areas, 2);
        for (HasValue<?, ?> field :
                new HasValue<?, ?>[] {from, to, types, districts, areas, arrest, domestic, hourFrom, hourTo}) {
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed();
                }
            });
        }
    }

    /** Offers the lake's values, each labelled with its incident count. */
    void setChoices(DatasetMeta meta) {
        from.setMin(meta.firstDay());
        from.setMax(meta.lastDay());
        to.setMin(meta.firstDay());
        to.setMax(meta.lastDay());
        Map<String, Long> typeCounts =
                meta.types().stream().collect(Collectors.toMap(TypeCount::type, TypeCount::count));
        types.setItems(meta.types().stream().map(TypeCount::type).toList());
        types.setItemLabelGenerator(type -> "%s (%,d)".formatted(type, typeCounts.getOrDefault(type, 0L)));
        Map<Integer, Long> districtCounts =
                meta.districts().stream().collect(Collectors.toMap(DistrictCount::district, DistrictCount::count));
        districts.setItems(
                meta.districts().stream().map(DistrictCount::district).toList());
        districts.setItemLabelGenerator(
                district -> "District %d (%,d)".formatted(district, districtCounts.getOrDefault(district, 0L)));
        Map<Integer, AreaCount> areaByNumber =
                meta.communityAreas().stream().collect(Collectors.toMap(AreaCount::communityArea, area -> area));
        areas.setItems(
                meta.communityAreas().stream().map(AreaCount::communityArea).toList());
        areas.setItemLabelGenerator(number -> areaLabel(number, areaByNumber.get(number)));
    }

    /** Shows {@code filter} without reporting it back as a change. */
    void show(IncidentFilter filter) {
        from.setValue(filter.from());
        to.setValue(filter.to());
        types.setValue(filter.types());
        districts.setValue(filter.districts());
        areas.setValue(filter.communityAreas());
        arrest.setValue(filter.arrest());
        domestic.setValue(filter.domestic());
        hourFrom.setValue(filter.hours() == null ? null : filter.hours().from());
        hourTo.setValue(filter.hours() == null ? null : filter.hours().to());
    }

    private void changed() {
        boolean datesInOrder =
                from.isEmpty() || to.isEmpty() || !from.getValue().isAfter(to.getValue());
        boolean hoursInOrder = hourFrom.isEmpty() || hourTo.isEmpty() || hourFrom.getValue() <= hourTo.getValue();
        to.setInvalid(!datesInOrder);
        to.setErrorMessage("Must not be before From");
        hourTo.setInvalid(!hoursInOrder);
        hourTo.setErrorMessage("Must not be before From hour");
        if (datesInOrder && hoursInOrder) {
            onChange.accept(current());
        }
    }

    private IncidentFilter current() {
        HourRange hours = hourFrom.isEmpty() && hourTo.isEmpty()
                ? null
                : new HourRange(valueOr(hourFrom, 0), valueOr(hourTo, 23));
        return new IncidentFilter(
                from.getValue(),
                to.getValue(),
                types.getValue(),
                districts.getValue(),
                areas.getValue(),
                arrest.getValue(),
                domestic.getValue(),
                hours);
    }

    private static int valueOr(AbstractField<?, Integer> field, int fallback) {
        return field.isEmpty() ? fallback : field.getValue();
    }

    private static String areaLabel(int number, AreaCount area) {
        return area == null ? "Area " + number : "%s (%d) — %,d".formatted(area.name(), number, area.count());
    }

    private static Select<Boolean> yesNoAny(String label, String yes, String no) {
        Select<Boolean> select = new Select<>();
        select.setLabel(label);
        select.setItems(true, false);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        select.setItemLabelGenerator(value -> value == null ? "Any" : value ? yes : no);
        return select;
    }

    private static Select<Integer> hour(String label) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.range(0, 24).boxed().toList());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        select.setItemLabelGenerator(hour -> hour == null ? "Any" : "%02d:00".formatted(hour));
        return select;
    }
}
