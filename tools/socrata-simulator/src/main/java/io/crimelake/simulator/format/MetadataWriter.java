package io.crimelake.simulator.format;

import io.crimelake.simulator.boundary.BoundaryDataset;
import io.crimelake.simulator.data.Column;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a dataset's view metadata ({@code /api/views/{id}.json}): name, {@code rowsUpdatedAt}, columns. */
public final class MetadataWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private MetadataWriter() {}

    public static void writeCrimes(String datasetId, Instant rowsUpdatedAt, OutputStream out) {
        ObjectNode view = view(datasetId, "Crimes - 2001 to Present", rowsUpdatedAt);
        view.put(
                "description",
                "Reported incidents of crime in the City of Chicago (served by the CrimeLake Socrata simulator).");
        ArrayNode columns = view.putArray("columns");
        for (Column column : Column.DATA_COLUMNS) {
            addColumn(columns, column.displayName(), column.fieldName(), column.dataTypeName());
        }
        MAPPER.writeValue(out, view);
    }

    public static void writeBoundaries(BoundaryDataset dataset, OutputStream out) {
        ObjectNode view = view(dataset.id(), dataset.name(), dataset.rowsUpdatedAt());
        ArrayNode columns = view.putArray("columns");
        addColumn(columns, "the_geom", "the_geom", "multipolygon");
        dataset.propertyNames().forEach(name -> addColumn(columns, name.toUpperCase(Locale.ROOT), name, "text"));
        MAPPER.writeValue(out, view);
    }

    private static ObjectNode view(String id, String name, Instant rowsUpdatedAt) {
        ObjectNode view = MAPPER.createObjectNode();
        view.put("id", id);
        view.put("name", name);
        view.put("assetType", "dataset");
        view.put("rowsUpdatedAt", rowsUpdatedAt.getEpochSecond());
        view.put("viewLastModified", rowsUpdatedAt.getEpochSecond());
        return view;
    }

    private static void addColumn(ArrayNode columns, String name, String fieldName, String dataTypeName) {
        ObjectNode column = columns.addObject();
        column.put("id", columns.size());
        column.put("name", name);
        column.put("dataTypeName", dataTypeName);
        column.put("fieldName", fieldName);
        column.put("position", columns.size());
        column.put("renderTypeName", dataTypeName);
    }
}
