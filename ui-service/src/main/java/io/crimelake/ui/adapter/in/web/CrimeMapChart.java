package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.crimelake.ui.adapter.in.web.chart.ChartClickEvent;
import io.crimelake.ui.adapter.in.web.chart.EChart;
import io.crimelake.ui.adapter.in.web.chart.MapOptions;
import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.IncidentFilter;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The map panel's content: incidents or per-area counts over the community-area outlines; a click on an
 * area (or, without outlines, on an area's bar) reports that area's number.
 */
class CrimeMapChart extends Div {
    private static final AreaOutlines NONE = new AreaOutlines("{}", Map.of());

    private final DashboardQuery query;
    private final EChart chart = new EChart();
    private final Span sampleNote = new Span();
    // Read and written by panel loader threads: outlines change rarely, so they are fetched until found once.
    private volatile AreaOutlines outlines = NONE;
    private AreaOutlines registered = NONE;
    private Drawn shown = new Drawn(NONE, CrimeMap.ofAreas(List.of()));

    /** The outlines and the data of one drawing, loaded together. */
    record Drawn(AreaOutlines outlines, CrimeMap map) {}

    CrimeMapChart(DashboardQuery query, IntConsumer areaClicked) {
        this.query = requireNonNull(query, "query is null");
        requireNonNull(areaClicked, "areaClicked is null");
        chart.setId("map-chart");
        chart.setHeight("480px");
        chart.addChartClickListener(event -> clickedArea(event, areaClicked));
        sampleNote.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(sampleNote, chart);
    }

    /** Loads the map for {@code filter}, and the outlines while none are known; runs off the UI thread. */
    Drawn load(IncidentFilter filter) {
        AreaOutlines known = outlines;
        if (known.isEmpty()) {
            known = query.outlines();
            outlines = known;
        }
        return new Drawn(known, query.map(filter));
    }

    /** Draws what {@link #load} returned; call on the UI thread. */
    void show(Drawn drawn) {
        shown = drawn;
        if (!drawn.outlines().isEmpty() && !drawn.outlines().equals(registered)) {
            chart.registerMap(MapOptions.MAP_NAME, drawn.outlines().geoJson());
            registered = drawn.outlines();
        }
        CrimeMap map = drawn.map();
        sampleNote.setText(
                map.truncated()
                        ? "Showing a sample of %,d of the matching incidents."
                                .formatted(map.points().size())
                        : "");
        sampleNote.setVisible(map.truncated());
        chart.setOption(MapOptions.of(map, drawn.outlines()));
    }

    private void clickedArea(ChartClickEvent event, IntConsumer areaClicked) {
        if (!shown.outlines().isEmpty()) {
            shown.outlines().areaNamed(event.name()).ifPresent(areaClicked);
        } else if (shown.map().showsAreas()
                && event.dataIndex() >= 0
                && event.dataIndex() < shown.map().areas().size()) {
            areaClicked.accept(shown.map().areas().get(event.dataIndex()).communityArea());
        }
    }
}
