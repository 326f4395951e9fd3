package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.crimelake.ui.adapter.in.web.chart.ArrestRateOptions;
import io.crimelake.ui.adapter.in.web.chart.ChartClickEvent;
import io.crimelake.ui.adapter.in.web.chart.EChart;
import io.crimelake.ui.adapter.in.web.chart.HeatmapOptions;
import io.crimelake.ui.adapter.in.web.chart.TimeSeriesOptions;
import io.crimelake.ui.adapter.in.web.chart.TopTypesOptions;
import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.domain.ArrestRates;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.Headline;
import io.crimelake.ui.domain.Heatmap;
import io.crimelake.ui.domain.HourRange;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import io.crimelake.ui.domain.TimeSeriesPoint;
import io.crimelake.ui.domain.TypeCount;
import java.util.List;
import java.util.function.BiConsumer;

/** The dashboard's data panels; each loads on its own, and chart clicks navigate to a narrower filter. */
class ChartPanels extends Div {
    private final DashboardQuery query;
    private final BiConsumer<IncidentFilter, Grain> navigator;
    private final EChart timeSeriesChart = new EChart();
    private final RadioButtonGroup<Grain> grainToggle = new RadioButtonGroup<>("Per");
    private final EChart topTypesChart = new EChart();
    private final EChart heatmapChart = new EChart();
    private final EChart arrestChart = new EChart();
    private final CrimeMapChart mapChart;
    private final HeadlineFigures headlineFigures = new HeadlineFigures();
    private final IncidentTable table;
    private final DashboardPanel<Headline> headline;
    private final DashboardPanel<List<TimeSeriesPoint>> timeSeries;
    private final DashboardPanel<List<TypeCount>> topTypes;
    private final DashboardPanel<Heatmap> heatmap;
    private final DashboardPanel<ArrestRates> arrestRates;
    private final DashboardPanel<CrimeMapChart.Drawn> map;
    private final DashboardPanel<IncidentPage> incidents;
    private IncidentFilter filter;
    private Grain grain = Grain.DAY;

    ChartPanels(DashboardQuery query, PanelFactory panels, BiConsumer<IncidentFilter, Grain> navigator) {
        this.query = requireNonNull(query, "query is null");
        this.navigator = requireNonNull(navigator, "navigator is null");
        table = new IncidentTable(query);
        headline = panels.panel("Headline", headlineFigures, h -> h.incidents() == 0, headlineFigures::show);
        timeSeries = panels.panel(
                "Incidents over time",
                new Div(grainToggle, timeSeriesChart),
                List::isEmpty,
                points -> timeSeriesChart.setOption(TimeSeriesOptions.of(points, grain)));
        topTypes = panels.chart("Top primary types", topTypesChart, List::isEmpty, TopTypesOptions::of);
        heatmap = panels.chart(
                "Day of week × hour (Chicago local time)", heatmapChart, h -> h.total() == 0, HeatmapOptions::of);
        arrestRates = panels.chart(
                "Arrest rate by primary type",
                arrestChart,
                rates -> rates.byType().isEmpty(),
                ArrestRateOptions::of);
        mapChart = new CrimeMapChart(query, area -> navigator.accept(filter.withCommunityArea(area), grain));
        map = panels.panel("Map", mapChart, drawn -> drawn.map().isEmpty(), mapChart::show);
        incidents = panels.panel("Incidents", table, page -> page.total() == 0, page -> table.show(filter, page));
        // Stable ids: the browser tests and the benchmark read each chart's drawn option by them.
        timeSeriesChart.setId("timeseries-chart");
        topTypesChart.setId("top-types-chart");
        heatmapChart.setId("heatmap-chart");
        arrestChart.setId("arrest-rate-chart");
        table.setId("incident-table");
        grainToggle.setItems(Grain.values());
        grainToggle.setItemLabelGenerator(value -> value == Grain.DAY ? "Day" : "Week");
        grainToggle.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                navigator.accept(filter, event.getValue());
            }
        });
        topTypesChart.addChartClickListener(this::narrowToType);
        arrestChart.addChartClickListener(this::narrowToType);
        heatmapChart.addChartClickListener(this::narrowToHour);
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-m)");
        getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 560px), 1fr))");
        add(headline, timeSeries, topTypes, heatmap, map, arrestRates, incidents);
        headline.getStyle().set("grid-column", "1 / -1");
        incidents.getStyle().set("grid-column", "1 / -1");
    }

    /** Loads every panel for {@code filter}, which must have a date window. */
    void show(IncidentFilter filter, Grain grain) {
        this.filter = requireNonNull(filter, "filter is null");
        this.grain = requireNonNull(grain, "grain is null");
        grainToggle.setValue(grain);
        headline.load(() -> query.headline(filter));
        timeSeries.load(() -> query.timeSeries(filter, grain));
        topTypes.load(() -> query.topTypes(filter));
        heatmap.load(() -> query.heatmap(filter));
        arrestRates.load(() -> query.arrestRates(filter));
        map.load(() -> mapChart.load(filter));
        incidents.load(() -> query.incidents(filter, 0, IncidentTable.PAGE_SIZE));
    }

    private void narrowToType(ChartClickEvent event) {
        if (!event.name().isBlank()) {
            navigator.accept(filter.withType(event.name()), grain);
        }
    }

    /** A heatmap cell is {@code [hour, day, count]}; the API filters by hour, not by weekday. */
    private void narrowToHour(ChartClickEvent event) {
        if (event.value() != null && event.value().isArray()) {
            navigator.accept(
                    filter.withHours(HourRange.single(event.value().get(0).asInt())), grain);
        }
    }
}
