package io.crimelake.ui.adapter.in.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import io.crimelake.ui.domain.FilterParameters;
import io.crimelake.ui.domain.IncidentFilter;

/**
 * Links to analytics' streamed exports of the full filtered data; the browser downloads straight from the
 * gateway (same origin as the dashboard), so no row passes through ui-service.
 */
class ExportLinks extends HorizontalLayout {
    private final Anchor csv = link("Download CSV");
    private final Anchor parquet = link("Download Parquet");

    ExportLinks() {
        setSpacing(true);
        csv.setId("export-csv");
        parquet.setId("export-parquet");
        add(csv, parquet);
    }

    void show(IncidentFilter filter) {
        String query = new QueryParameters(FilterParameters.of(filter)).getQueryString();
        csv.setHref("/api/analytics/export.csv?" + query);
        parquet.setHref("/api/analytics/export.parquet?" + query);
    }

    private static Anchor link(String text) {
        Anchor anchor = new Anchor("", text);
        // A download, not an in-app route: Vaadin's client-side router must leave the click alone.
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", "");
        return anchor;
    }
}
