package io.crimelake.ui.adapter.in.web.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An Apache ECharts chart whose option JSON is built on the server; clicks come back as {@link ChartClickEvent}. */
@Tag("crimelake-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./echart-element.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces what the chart draws. */
    public void setOption(ObjectNode option) {
        getElement().setPropertyJson("option", option);
    }

    /**
     * Makes the GeoJSON FeatureCollection {@code geoJson} drawable under {@code name} (a {@code map} series' or
     * {@code geo} component's {@code map}); the browser registers it before it draws the next option.
     */
    public void registerMap(String name, String geoJson) {
        ObjectNode maps = JsonMapper.shared().createObjectNode();
        maps.set(name, JsonMapper.shared().readTree(geoJson));
        getElement().setPropertyJson("maps", maps);
    }

    /** Listens for clicks on a bar, point or cell. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
