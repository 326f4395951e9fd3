package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.AreaCount;
import io.crimelake.ui.domain.AreaOutlines;
import io.crimelake.ui.domain.CrimeMap;
import io.crimelake.ui.domain.MapPoint;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the map: incidents as dots over the community-area outlines, or the outlines coloured by their
 * counts (a choropleth). A click on an outline reports the outline's name. Without outlines (none loaded
 * yet) dots fall back to plain longitude/latitude axes and counts to {@link CommunityAreaOptions}' bars of the
 * areas with the most incidents, given first.
 */
public final class MapOptions {
    /** The name the outlines are registered under in the browser. */
    public static final String MAP_NAME = "community-areas";

    /** Bars drawn when outlines are missing: enough to find the hot spots, few enough to read the labels. */
    private static final int TOP_AREAS = 20;

    private static final String OUTLINE = "#6b6b6b";
    private static final String LAND = "#f2f2f2";

    private MapOptions() {}

    public static ObjectNode of(CrimeMap map, AreaOutlines outlines) {
        if (map.showsAreas()) {
            return outlines.isEmpty()
                    ? CommunityAreaOptions.of(map.areas()
                            .subList(0, Math.min(TOP_AREAS, map.areas().size())))
                    : choropleth(map.areas(), outlines);
        }
        return outlines.isEmpty() ? dotsOnAxes(map.points()) : dotsOnOutlines(map.points());
    }

    private static ObjectNode dotsOnOutlines(List<MapPoint> points) {
        ObjectNode option = ChartJson.baseOption("item");
        option.remove("grid");
        // The outlines are a geo component so the dots share its projection; not silent, so areas can be clicked.
        ObjectNode geo = option.putObject("geo")
                .put("map", MAP_NAME)
                .put("roam", true)
                .put("silent", false)
                .put("cursor", "pointer");
        geo.putObject("itemStyle").put("areaColor", LAND).put("borderColor", OUTLINE);
        ObjectNode emphasis = geo.putObject("emphasis");
        emphasis.putObject("itemStyle").put("areaColor", "#d9d9d9");
        emphasis.putObject("label").put("show", false);
        geo.putObject("select").put("disabled", true);
        ObjectNode series = dots(option);
        series.put("coordinateSystem", "geo");
        addPoints(series.putArray("data"), points);
        return option;
    }

    private static ObjectNode dotsOnAxes(List<MapPoint> points) {
        ObjectNode option = ChartJson.baseOption("item");
        ChartJson.bottomAxis(option, "value", "Longitude").put("scale", true);
        option.putObject("yAxis").put("type", "value").put("name", "Latitude").put("scale", true);
        addPoints(dots(option).putArray("data"), points);
        return option;
    }

    private static ObjectNode dots(ObjectNode option) {
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "scatter").put("name", "Incidents").put("symbolSize", 4);
        // Large mode draws thousands of dots in one pass; semi-transparent so dense places read darker.
        series.put("large", true);
        series.putObject("itemStyle").put("color", ChartJson.PALETTE.getFirst()).put("opacity", 0.6);
        return series;
    }

    private static void addPoints(ArrayNode data, List<MapPoint> points) {
        points.forEach(point -> data.addArray().add(point.longitude()).add(point.latitude()));
    }

    private static ObjectNode choropleth(List<AreaCount> areas, AreaOutlines outlines) {
        ObjectNode option = ChartJson.baseOption("item");
        option.remove("grid");
        long max = areas.stream().mapToLong(AreaCount::count).max().orElse(1);
        ObjectNode visualMap = option.putObject("visualMap")
                .put("min", 0)
                .put("max", Math.max(1, max))
                .put("calculable", true)
                .put("left", 0)
                .put("bottom", 0);
        ChartJson.strings(visualMap.putObject("inRange").putArray("color"), ChartJson.SEQUENTIAL);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "map")
                .put("name", "Incidents")
                .put("map", MAP_NAME)
                .put("roam", true)
                .put("cursor", "pointer")
                .put("selectedMode", false);
        series.putObject("itemStyle").put("areaColor", LAND).put("borderColor", OUTLINE);
        series.putObject("emphasis").putObject("label").put("show", false);
        ArrayNode data = series.putArray("data");
        // Data items are matched to outlines by name, so each count takes the name of its area's outline.
        areas.forEach(area -> data.addObject()
                .put("name", outlines.nameOf(area.communityArea(), area.name()))
                .put("value", area.count()));
        return option;
    }
}
