package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.crimelake.ui.application.port.in.DashboardQuery;
import io.crimelake.ui.domain.Incident;
import io.crimelake.ui.domain.IncidentFilter;
import io.crimelake.ui.domain.IncidentPage;
import java.time.format.DateTimeFormatter;

/** The filtered incidents, fetched a page at a time as the user scrolls. */
class IncidentTable extends Grid<Incident> {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DashboardQuery query;

    IncidentTable(DashboardQuery query) {
        super(Incident.class, false);
        this.query = requireNonNull(query, "query is null");
        addColumn(incident -> WHEN.format(incident.date()))
                .setHeader("Date (Chicago)")
                .setAutoWidth(true);
        addColumn(Incident::caseNumber).setHeader("Case").setAutoWidth(true);
        addColumn(Incident::primaryType).setHeader("Type").setAutoWidth(true);
        addColumn(Incident::description).setHeader("Description");
        addColumn(Incident::block).setHeader("Block");
        addColumn(Incident::district).setHeader("District").setAutoWidth(true);
        addColumn(Incident::communityArea).setHeader("Area").setAutoWidth(true);
        addColumn(incident -> incident.arrest() ? "yes" : "no")
                .setHeader("Arrest")
                .setAutoWidth(true);
        addColumn(incident -> incident.domestic() ? "yes" : "no")
                .setHeader("Domestic")
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setPageSize(PAGE_SIZE);
        setHeight("420px");
    }

    /**
     * Shows {@code filter}'s incidents; {@code firstPage}, already loaded in the background, gives the total
     * so the scrollbar is right from the start, and is shown as is rather than fetched a second time.
     */
    void show(IncidentFilter filter, IncidentPage firstPage) {
        setItems(
                fetch -> isFirstPage(fetch.getPage(), fetch.getPageSize(), firstPage)
                        ? firstPage.items().stream()
                        : query.incidents(filter, fetch.getPage(), fetch.getPageSize()).items().stream(),
                count -> (int) Math.min(firstPage.total(), Integer.MAX_VALUE));
    }

    private static boolean isFirstPage(int page, int size, IncidentPage firstPage) {
        return page == firstPage.page() && size == firstPage.size();
    }
}
