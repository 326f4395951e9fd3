package io.crimelake.ui.adapter.in.web;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The dashboard at {@code /}. */
@Route("")
@PageTitle("CrimeLake")
public class DashboardView extends VerticalLayout {

    public DashboardView() {
        add(new H1("CrimeLake"));
        add(new Paragraph("Chicago crimes, 2001 to today, from your own Parquet lake."));
    }
}
