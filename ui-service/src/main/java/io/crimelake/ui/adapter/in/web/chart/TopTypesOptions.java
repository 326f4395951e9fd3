package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.TypeCount;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the horizontal bar chart of the most frequent primary types; a bar's name is its type. */
public final class TopTypesOptions {
    private TopTypesOptions() {}

    /** Bars in the given order from the top; ECharts draws a category axis bottom-up, hence the inverse axis. */
    public static ObjectNode of(List<TypeCount> types) {
        ObjectNode option = ChartJson.baseOption("item");
        ChartJson.bottomAxis(option, "value", "Incidents");
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ChartJson.strings(
                yAxis.putArray("data"), types.stream().map(TypeCount::type).toList());
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("name", "Incidents").put("cursor", "pointer");
        ArrayNode data = series.putArray("data");
        types.forEach(type -> data.add(type.count()));
        return option;
    }
}
