package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.domain.DatasetMeta;
import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.IncidentFilter;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/**
 * The dashboard at {@code /}: the URL is the single source of the filter, so every change navigates and
 * back/forward and copied links simply replay {@link #beforeEnter}.
 */
@Route("")
@PageTitle("CrimeLake")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {
    private final Paragraph noData = new Paragraph();
    private final FreshnessBadge freshness = new FreshnessBadge();
    private final FilterPanel filterPanel = new FilterPanel(this::navigate);
    private final FilterChips chips = new FilterChips(this::navigate);
    private final ExportLinks exports = new ExportLinks();
    private final DashboardPanel<DatasetMeta> metaPanel;
    private final ChartPanels charts;
    private final Div content;
    private DatasetMeta meta;
    private DashboardUrl requested;

    public DashboardView(DashboardQuery query, ExecutorService dashboardExecutor) {
        requireNonNull(query, "query is null");
        PanelFactory panels = new PanelFactory(dashboardExecutor, this::clearFilters);
        // A lake without data is not "no match": metaLoaded shows analytics' own message instead.
        metaPanel = panels.panel("Filters", filterPanel, any -> false, this::metaLoaded);
        charts = new ChartPanels(query, panels, this::navigate);
        content = new Div(chips, exports, charts);
        content.setWidthFull();
        add(
                new H1("CrimeLake"),
                new Paragraph("Chicago crimes from your own Parquet lake."),
                freshness,
                noData,
                metaPanel,
                content);
        noData.setVisible(false);
        freshness.setId("freshness");
        chips.setId("filter-chips");
        setMaxWidth("1600px");
        getStyle().set("margin", "0 auto");
        metaPanel.load(query::meta);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requested = DashboardUrl.parse(event.getLocation().getQueryParameters());
        if (!requested.ignored().isEmpty()) {
            Notification.show("Ignored invalid filter values: " + String.join(", ", requested.ignored()));
        }
        if (meta != null) {
            apply();
        }
    }

    private void metaLoaded(DatasetMeta loaded) {
        meta = loaded;
        freshness.show(loaded.freshness(), Instant.now());
        noData.setText(loaded.message());
        noData.setVisible(!loaded.hasData());
        content.setVisible(loaded.hasData());
        filterPanel.setChoices(loaded);
        if (requested != null) {
            apply();
        }
    }

    /** Shows the requested state; a URL without a window gets the default one written back, so links stay exact. */
    private void apply() {
        if (!meta.hasData()) {
            return;
        }
        IncidentFilter filter = meta.withDefaultWindow(requested.filter());
        if (!filter.equals(requested.filter())) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location("", DashboardUrl.of(filter, requested.grain()))));
        }
        filterPanel.show(filter);
        chips.show(filter);
        exports.show(filter);
        charts.show(filter, requested.grain());
    }

    private void navigate(IncidentFilter filter) {
        navigate(filter, requested == null ? Grain.DAY : requested.grain());
    }

    private void navigate(IncidentFilter filter, Grain grain) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, DashboardUrl.of(filter, grain)));
    }

    private void clearFilters() {
        if (meta != null && requested != null) {
            navigate(FilterChips.cleared(meta.withDefaultWindow(requested.filter())));
        }
    }
}
