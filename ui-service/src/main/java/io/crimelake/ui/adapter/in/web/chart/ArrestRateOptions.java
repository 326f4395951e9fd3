package io.crimelake.ui.adapter.in.web.chart;

import io.crimelake.ui.domain.ArrestRate;
import io.crimelake.ui.domain.ArrestRates;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the arrest-rate bars: percent per primary type, with both counts in the tooltip. */
public final class ArrestRateOptions {
    private ArrestRateOptions() {}

    /**
     * Uses a dataset so the default tooltip can list the counts next to the percentage without a JavaScript
     * formatter (an option built as JSON cannot carry functions).
     */
    public static ObjectNode of(ArrestRates rates) {
        ObjectNode option = ChartJson.baseOption("item");
        ObjectNode dataset = option.putObject("dataset");
        dataset.putArray("dimensions")
                .add("type")
                .add("arrest %")
                .add("arrests")
                .add("incidents");
        ArrayNode source = dataset.putArray("source");
        for (ArrestRate rate : rates.byType()) {
            source.addArray()
                    .add(rate.type())
                    .add(Math.round(rate.percent() * 10) / 10.0)
                    .add(rate.arrests())
                    .add(rate.incidents());
        }
        ChartJson.bottomAxis(option, "value", "Arrest %").put("max", 100);
        option.putObject("yAxis").put("type", "category").put("inverse", true);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("name", "Arrest rate").put("cursor", "pointer");
        ObjectNode encode = series.putObject("encode").put("x", "arrest %").put("y", "type");
        encode.putArray("tooltip").add("arrest %").add("arrests").add("incidents");
        return option;
    }
}
