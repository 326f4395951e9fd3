package io.crimelake.simulator.format;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.ValueKind;
import io.crimelake.simulator.query.OutputColumn;
import io.crimelake.simulator.query.QueryResult;
import io.crimelake.simulator.query.RowCursor;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Streams rows as the SODA {@code .geojson} format: a FeatureCollection of points (a null geometry where the
 * location is missing) whose properties hold the row, with missing values as nulls as the portal writes them.
 */
public final class GeoJsonRowWriter {

    private static final List<String> ADDRESS_PROPERTIES =
            List.of("location_address", "location_city", "location_state", "location_zip");

    private final RowTweaks tweaks;

    public GeoJsonRowWriter(RowTweaks tweaks) {
        this.tweaks = requireNonNull(tweaks, "tweaks is null");
    }

    /** Writes the rows and returns how many were written. */
    public long write(QueryResult.Rows rows, OutputStream out) {
        CrimeTable table = rows.table();
        boolean withLocation = rows.columns().stream().anyMatch(column -> column.column() == Column.LOCATION);
        long count = 0;
        try (JsonGenerator json = JsonRowWriter.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            RowCursor cursor = rows.cursor();
            for (int row = cursor.next(); row != RowCursor.END; row = cursor.next()) {
                writeFeature(json, table, rows.columns(), row, withLocation);
                count++;
            }
            json.writeEndArray();
            json.writeName("crs");
            json.writeStartObject();
            json.writeStringProperty("type", "name");
            json.writeName("properties");
            json.writeStartObject();
            json.writeStringProperty("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        return count;
    }

    private void writeFeature(
            JsonGenerator json, CrimeTable table, List<OutputColumn> columns, int row, boolean withLocation) {
        boolean located = withLocation && !table.isMissing(Column.LOCATION, row);
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        if (located) {
            json.writeStartObject();
            json.writeStringProperty("type", "Point");
            json.writeName("coordinates");
            json.writeStartArray();
            json.writeNumber(table.number(Column.LONGITUDE, row));
            json.writeNumber(table.number(Column.LATITUDE, row));
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeName("properties");
        json.writeStartObject();
        for (OutputColumn output : columns) {
            Column column = output.column();
            if (column == Column.LOCATION) {
                ADDRESS_PROPERTIES.forEach(name -> json.writeStringProperty(name, located ? "" : null));
            } else if (column.kind() == ValueKind.BOOLEAN) {
                Boolean flag = table.flag(column, row);
                json.writeName(output.name());
                if (flag == null) {
                    json.writeNull();
                } else {
                    json.writeBoolean(flag);
                }
            } else {
                json.writeStringProperty(output.name(), table.text(column, row));
            }
        }
        if (tweaks.addUnknownColumn()) {
            json.writeStringProperty(RowTweaks.UNKNOWN_COLUMN_NAME, RowTweaks.UNKNOWN_COLUMN_VALUE);
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
