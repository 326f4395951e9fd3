package io.crimelake.ui.adapter.in.web.admin;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import io.crimelake.ui.domain.admin.IngestRun;
import io.crimelake.ui.domain.admin.LakeHandoff;
import java.util.List;

/** Every run, newest first, with what it fetched and what the lake made of it. */
final class RunHistoryGrid extends Grid<IngestRun> {

    RunHistoryGrid() {
        setId("run-history");
        // Fixed widths: auto widths are measured on the first (often empty) rendering and would cut later values.
        column("Run", "16em", IngestRun::id);
        column("Mode", "7.5em", IngestRun::mode);
        column("Status", "8em", run -> run.status().name());
        column("Started (UTC)", "11em", run -> AdminFormat.minute(run.startedAt()));
        column("Took", "5.5em", AdminFormat::took);
        number("Fetched", run -> AdminFormat.count(run.rowsFetched()));
        number("Inserted", run -> AdminFormat.handoffCount(run, LakeHandoff::rowsInserted));
        number("Updated", run -> AdminFormat.handoffCount(run, LakeHandoff::rowsUpdated));
        column("Quarantined", "8em", run -> AdminFormat.count(run.rowsQuarantined()))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(IngestRun::error).setHeader("Error").setWidth("10em").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // Ten columns fit 1280 px at the small font size; narrower screens scroll the grid sideways.
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", "Run history");
    }

    void show(List<IngestRun> runs) {
        setItems(runs);
    }

    private Column<IngestRun> column(String header, String width, ValueProvider<IngestRun, String> value) {
        return addColumn(value).setHeader(header).setWidth(width).setFlexGrow(0);
    }

    private void number(String header, ValueProvider<IngestRun, String> value) {
        column(header, "6.5em", value).setTextAlign(ColumnTextAlign.END);
    }
}
