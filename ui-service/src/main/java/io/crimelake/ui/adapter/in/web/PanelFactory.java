package io.crimelake.ui.adapter.in.web;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import io.crimelake.ui.adapter.in.web.chart.EChart;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** Makes dashboard panels that share one executor and one "clear filters" action. */
record PanelFactory(Executor executor, Runnable clearFilters) {

    PanelFactory {
        requireNonNull(executor, "executor is null");
        requireNonNull(clearFilters, "clearFilters is null");
    }

    /** A panel that draws its data into {@code content} with {@code renderer}. */
    <T> DashboardPanel<T> panel(String title, Component content, Predicate<T> isEmpty, Consumer<T> renderer) {
        return new DashboardPanel<>(title, content, isEmpty, renderer, executor, clearFilters);
    }

    /** A panel whose data becomes {@code chart}'s option. */
    <T> DashboardPanel<T> chart(String title, EChart chart, Predicate<T> isEmpty, Function<T, ObjectNode> option) {
        return panel(title, chart, isEmpty, data -> chart.setOption(option.apply(data)));
    }
}
