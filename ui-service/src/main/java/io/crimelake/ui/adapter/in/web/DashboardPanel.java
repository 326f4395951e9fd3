package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.crimelake.ui.application.service.PanelLoader;
import io.crimelake.ui.application.service.PanelState;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A titled dashboard card that loads its data in the background and shows a progress bar, its content,
 * the "no incidents match" hint or an error with a retry button.
 */
class DashboardPanel<T> extends Div {
    private final Component content;
    private final Consumer<T> renderer;
    private final PanelLoader<T> loader;
    private final Div status = new Div();
    private final Runnable clearFilters;
    private Supplier<T> lastQuery;
    private UI ui;

    /**
     * @param renderer draws loaded data into {@code content}, on the UI thread
     * @param clearFilters what the empty state's button does
     */
    DashboardPanel(
            String title,
            Component content,
            Predicate<T> isEmpty,
            Consumer<T> renderer,
            Executor executor,
            Runnable clearFilters) {
        this.content = requireNonNull(content, "content is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.clearFilters = requireNonNull(clearFilters, "clearFilters is null");
        this.loader = new PanelLoader<>(executor, isEmpty, this::report);
        addClassName("dashboard-panel");
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        add(new H2(title), status, content);
        status.setVisible(false);
    }

    /** Starts loading with {@code query}; call on the UI thread. */
    void load(Supplier<T> query) {
        this.lastQuery = requireNonNull(query, "query is null");
        this.ui = UI.getCurrent();
        loader.load(query);
    }

    private void report(PanelState<T> state) {
        try {
            ui.access(() -> show(state));
        } catch (UIDetachedException e) {
            // The user left the page while the query ran: nobody to show the answer to.
        }
    }

    private void show(PanelState<T> state) {
        status.removeAll();
        status.setVisible(!(state instanceof PanelState.Loaded<T>));
        content.setVisible(state instanceof PanelState.Loaded<T>);
        switch (state) {
            case PanelState.Loading<T> loading -> status.add(indeterminateProgress());
            case PanelState.Empty<T> empty ->
                status.add(new Span("No incidents match — "), button("Clear filters", clearFilters));
            case PanelState.Failed<T> failed ->
                status.add(
                        new Span("Could not load: " + failed.message() + " "), button("Retry", () -> load(lastQuery)));
            case PanelState.Loaded<T> loaded -> renderer.accept(loaded.data());
        }
    }

    private static ProgressBar indeterminateProgress() {
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Loading");
        return progress;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
