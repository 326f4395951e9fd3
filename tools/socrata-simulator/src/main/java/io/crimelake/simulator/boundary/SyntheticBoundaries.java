package io.crimelake.simulator.boundary;

import io.crimelake.simulator.synthetic.ChicagoGrid;
import io.crimelake.simulator.synthetic.CommunityArea;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Community-area boundaries matching the synthetic crimes: one rectangular MultiPolygon per grid cell. */
public final class SyntheticBoundaries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SyntheticBoundaries() {}

    public static BoundaryDataset communityAreas(Instant rowsUpdatedAt) {
        List<Boundary> features = ChicagoGrid.communityAreas().stream()
                .map(SyntheticBoundaries::feature)
                .toList();
        return new BoundaryDataset(
                BoundaryDataset.COMMUNITY_AREAS_ID, "Boundaries - Community Areas (current)", features, rowsUpdatedAt);
    }

    private static Boundary feature(CommunityArea area) {
        Map<String, String> properties = new LinkedHashMap<>();
        String number = Integer.toString(area.number());
        properties.put("area_numbe", number);
        properties.put("area_num_1", number);
        properties.put("community", area.name());
        properties.put("area", "0");
        properties.put("comarea", "0");
        properties.put("comarea_id", "0");
        properties.put("perimeter", "0");
        return new Boundary(properties, rectangle(area));
    }

    // GeoJSON rings run counter-clockwise and repeat their first point at the end.
    private static ObjectNode rectangle(CommunityArea area) {
        ArrayNode ring = NODES.arrayNode();
        ring.add(point(area.west(), area.south()));
        ring.add(point(area.east(), area.south()));
        ring.add(point(area.east(), area.north()));
        ring.add(point(area.west(), area.north()));
        ring.add(point(area.west(), area.south()));
        ObjectNode geometry = NODES.objectNode();
        geometry.put("type", "MultiPolygon");
        geometry.set("coordinates", NODES.arrayNode().add(NODES.arrayNode().add(ring)));
        return geometry;
    }

    private static ArrayNode point(double longitude, double latitude) {
        return NODES.arrayNode().add(longitude).add(latitude);
    }
}
