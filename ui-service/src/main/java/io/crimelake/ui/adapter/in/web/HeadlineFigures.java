package io.crimelake.ui.adapter.in.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.crimelake.ui.domain.Headline;

/** The three headline numbers: incidents, arrest share and the change against the previous window. */
class HeadlineFigures extends FlexLayout {
    private final Span incidents = figure();
    private final Span arrestPercent = figure();
    private final Span change = figure();

    HeadlineFigures() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-xl)");
        // Stable ids: the browser tests and the benchmark read the figures by them.
        incidents.setId("headline-incidents");
        arrestPercent.setId("headline-arrest-rate");
        change.setId("headline-change");
        add(
                labelled("Incidents", incidents),
                labelled("Arrest rate", arrestPercent),
                labelled("vs. previous period", change));
    }

    void show(Headline headline) {
        incidents.setText("%,d".formatted(headline.incidents()));
        arrestPercent.setText("%.1f %%".formatted(headline.arrestPercent()));
        change.setText(
                headline.changePercent().isPresent()
                        ? "%+.1f %% (from %,d)"
                                .formatted(headline.changePercent().getAsDouble(), headline.previousIncidents())
                        : "no incidents before");
    }

    private static Span figure() {
        Span figure = new Span();
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return figure;
    }

    private static Div labelled(String label, Span figure) {
        Span caption = new Span(label);
        caption.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        figure.getElement().setAttribute("aria-label", label);
        return new Div(caption, figure);
    }
}
