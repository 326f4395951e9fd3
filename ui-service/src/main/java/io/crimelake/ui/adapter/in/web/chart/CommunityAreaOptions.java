package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.AreaCount;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the bar chart of incidents per community area, most first; a bar's data index is the area's
 * position in the list given, which is how a click finds the area's number.
 */
public final class CommunityAreaOptions {
    private CommunityAreaOptions() {}

    public static ObjectNode of(List<AreaCount> areas) {
        ObjectNode option = ChartJson.baseOption("item");
        ChartJson.bottomAxis(option, "value", "Incidents");
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ChartJson.strings(
                yAxis.putArray("data"),
                areas.stream()
                        .map(area -> "%s (%d)".formatted(area.name(), area.communityArea()))
                        .toList());
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("name", "Incidents").put("cursor", "pointer");
        ArrayNode data = series.putArray("data");
        areas.forEach(area -> data.add(area.count()));
        return option;
    }
}
