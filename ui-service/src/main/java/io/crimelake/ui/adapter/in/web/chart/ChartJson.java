package io.crimelake.ui.adapter.in.web.chart;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The parts every dashboard chart option shares: accessible descriptions and a colour-blind-safe palette. */
final class ChartJson {
    /** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442");

    /** Viridis steps, light (few incidents) to dark (many): monotone in lightness, readable in greyscale. */
    static final List<String> SEQUENTIAL = List.of("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154");

    private ChartJson() {}

    /** A new option with ARIA descriptions on, the palette set and an item tooltip. */
    static ObjectNode baseOption(String trigger) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("aria").put("enabled", true);
        strings(option.putArray("color"), PALETTE);
        option.putObject("tooltip").put("trigger", trigger);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 24)
                .put("top", 24)
                .put("bottom", 36)
                .put("containLabel", true);
        return option;
    }

    /** The x axis with its name centred under the labels, where it cannot be clipped at the chart's edge. */
    static ObjectNode bottomAxis(ObjectNode option, String type, String name) {
        return option.putObject("xAxis")
                .put("type", type)
                .put("name", name)
                .put("nameLocation", "middle")
                .put("nameGap", 28);
    }

    static ArrayNode strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
        return array;
    }
}
