package io.crimelake.ui.adapter.in.web.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import tools.jackson.databind.JsonNode;

/** A click on one data item of an {@link EChart}: its series, its category name and its value. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {
    private final String seriesName;
    private final String name;
    private final int dataIndex;
    private final JsonNode value;

    public ChartClickEvent(
            EChart source,
            boolean fromClient,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.value") JsonNode value) {
        super(source, fromClient);
        this.seriesName = seriesName;
        this.name = name;
        this.dataIndex = dataIndex;
        this.value = value;
    }

    /** The clicked series' name. */
    public String seriesName() {
        return seriesName;
    }

    /** The clicked item's category (a bar's label); empty for items without one, such as heatmap cells. */
    public String name() {
        return name;
    }

    /** The clicked item's index in its series. */
    public int dataIndex() {
        return dataIndex;
    }

    /** The clicked item's value: a number, or an array such as a heatmap cell's {@code [hour, day, count]}. */
    public JsonNode value() {
        return value;
    }
}
