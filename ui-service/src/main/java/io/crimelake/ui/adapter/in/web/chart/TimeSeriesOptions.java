package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.Grain;
import io.crimelake.ui.domain.TimeSeriesPoint;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the incidents-over-time line chart. */
public final class TimeSeriesOptions {
    private TimeSeriesOptions() {}

    /** One category per bucket (its first day), one line of counts. */
    public static ObjectNode of(List<TimeSeriesPoint> points, Grain grain) {
        ObjectNode option = ChartJson.baseOption("axis");
        ObjectNode xAxis = ChartJson.bottomAxis(option, "category", grain == Grain.WEEK ? "Week starting" : "Day");
        ChartJson.strings(
                xAxis.putArray("data"),
                points.stream().map(point -> point.start().toString()).toList());
        option.putObject("yAxis").put("type", "value").put("name", "Incidents");
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "line").put("name", "Incidents").put("showSymbol", points.size() <= 60);
        ArrayNode data = series.putArray("data");
        points.forEach(point -> data.add(point.count()));
        return option;
    }
}
