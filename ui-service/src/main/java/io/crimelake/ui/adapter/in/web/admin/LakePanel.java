package io.crimelake.ui.adapter.in.web.admin;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.crimelake.ui.domain.admin.LakeOverview;
import io.crimelake.ui.domain.admin.LakePartition;
import io.crimelake.ui.domain.admin.LakeSnapshot;

/** The lake as lake-service reports it: the current snapshot, the recent ones and the current partitions. */
final class LakePanel extends VerticalLayout {
    private final Span current = new Span();
    private final Grid<LakeSnapshot> snapshots = new Grid<>();
    private final Grid<LakePartition> partitions = new Grid<>();

    /** @param refresh asks for a fresh overview; the caller shows it with {@link #show} */
    LakePanel(Runnable refresh) {
        requireNonNull(refresh, "refresh is null");
        current.setId("snapshot-current");
        Button reload = new Button("Refresh lake", click -> refresh.run());
        reload.setId("refresh-lake");

        snapshots.setId("snapshots");
        snapshots
                .addColumn(LakeSnapshot::id)
                .setHeader("Snapshot")
                .setWidth("7em")
                .setFlexGrow(0);
        snapshots
                .addColumn(s -> AdminFormat.time(s.committedAt()))
                .setHeader("Committed")
                .setWidth("14em");
        snapshots.addColumn(LakeSnapshot::batchId).setHeader("Batch").setWidth("14em");
        snapshots.addColumn(s -> AdminFormat.count(s.rows())).setHeader("Rows").setTextAlign(ColumnTextAlign.END);
        snapshots.addColumn(s -> AdminFormat.bytes(s.bytes())).setHeader("Size").setTextAlign(ColumnTextAlign.END);
        snapshots.getElement().setAttribute("aria-label", "Recent snapshots");

        partitions.setId("partitions");
        partitions.addColumn(LakePartition::partition).setHeader("Partition").setWidth("11em");
        partitions.addColumn(p -> AdminFormat.count(p.rows())).setHeader("Rows").setTextAlign(ColumnTextAlign.END);
        partitions
                .addColumn(p -> AdminFormat.bytes(p.bytes()))
                .setHeader("Size")
                .setTextAlign(ColumnTextAlign.END);
        partitions.addColumn(LakePartition::firstIncident).setHeader("First incident");
        partitions.addColumn(LakePartition::lastIncident).setHeader("Last incident");
        partitions.addColumn(p -> AdminFormat.time(p.lastRewrittenAt())).setHeader("Rewritten");
        partitions.getElement().setAttribute("aria-label", "Partitions of the current snapshot");
        partitions.setHeight("24em");

        for (Grid<?> grid : new Grid<?>[] {snapshots, partitions}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.getStyle().set("font-size", "var(--lumo-font-size-s)");
        }
        snapshots.setAllRowsVisible(true);
        add(new H3("Lake"), current, reload, new H4("Recent snapshots"), snapshots, new H4("Partitions"), partitions);
        setPadding(false);
    }

    void show(LakeOverview overview) {
        current.setText(AdminFormat.snapshot(overview.current()));
        snapshots.setItems(overview.recent());
        partitions.setItems(overview.partitions());
    }
}
