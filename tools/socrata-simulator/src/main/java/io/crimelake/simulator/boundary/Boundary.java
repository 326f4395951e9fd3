package io.crimelake.simulator.boundary;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One feature of a boundaries dataset: its text properties and its GeoJSON geometry. */
public record Boundary(Map<String, String> properties, JsonNode geometry) {

    public Boundary {
        properties = Map.copyOf(requireNonNull(properties, "properties is null"));
        requireNonNull(geometry, "geometry is null");
    }
}
