package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.Heatmap;
import java.util.List;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the day-of-week by hour heatmap; a cell's value is {@code [hour, dayIndex, count]}, Monday = 0. */
public final class HeatmapOptions {
    static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private HeatmapOptions() {}

    public static ObjectNode of(Heatmap heatmap) {
        ObjectNode option = ChartJson.baseOption("item");
        // The colour scale sits on the right so it cannot collide with the hour axis and its name.
        option.withObjectProperty("grid").put("right", 72);
        ObjectNode xAxis = ChartJson.bottomAxis(option, "category", "Hour (Chicago time)");
        ChartJson.strings(
                xAxis.putArray("data"),
                IntStream.range(0, 24).mapToObj(hour -> "%02d".formatted(hour)).toList());
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        ChartJson.strings(yAxis.putArray("data"), DAYS);
        ObjectNode visualMap = option.putObject("visualMap")
                .put("min", 0)
                .put("max", Math.max(1, heatmap.max()))
                .put("calculable", true)
                .put("orient", "vertical")
                .put("right", 0)
                .put("top", "middle");
        ChartJson.strings(visualMap.putObject("inRange").putArray("color"), ChartJson.SEQUENTIAL);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "heatmap").put("name", "Incidents").put("cursor", "pointer");
        ArrayNode data = series.putArray("data");
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                data.addArray().add(hour).add(day).add(heatmap.counts().get(day).get(hour));
            }
        }
        return option;
    }
}
