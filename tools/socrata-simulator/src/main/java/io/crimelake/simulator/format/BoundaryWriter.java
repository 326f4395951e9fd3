package io.crimelake.simulator.format;

import io.crimelake.simulator.boundary.Boundary;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Writes boundary features as GeoJSON, or as SODA JSON rows carrying the geometry in {@code the_geom}. */
public final class BoundaryWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private BoundaryWriter() {}

    public static long writeGeoJson(List<Boundary> features, OutputStream out) {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            for (Boundary feature : features) {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeName("properties");
                writeProperties(json, feature.properties());
                json.writeName("geometry");
                json.writeTree(feature.geometry());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return features.size();
    }

    public static long writeJsonRows(List<Boundary> features, OutputStream out) {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartArray();
            for (Boundary feature : features) {
                json.writeStartObject();
                json.writeName("the_geom");
                json.writeTree(feature.geometry());
                feature.properties().forEach(json::writeStringProperty);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return features.size();
    }

    private static void writeProperties(JsonGenerator json, Map<String, String> properties) {
        json.writeStartObject();
        properties.forEach(json::writeStringProperty);
        json.writeEndObject();
    }
}
