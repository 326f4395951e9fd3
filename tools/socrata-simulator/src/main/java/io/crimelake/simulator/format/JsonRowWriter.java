package io.crimelake.simulator.format;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.query.OutputColumn;
import io.crimelake.simulator.query.QueryResult;
import io.crimelake.simulator.query.RowCursor;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams rows as the SODA {@code .json} format: an array of objects whose values are all strings except the
 * checkboxes, with missing values left out rather than written as null.
 */
public final class JsonRowWriter {

    static final JsonFactory FACTORY = new JsonFactory();
    private static final String HUMAN_ADDRESS = "{\"address\": \"\", \"city\": \"\", \"state\": \"\", \"zip\": \"\"}";

    private final LocationStyle locationStyle;
    private final RowTweaks tweaks;

    public JsonRowWriter(LocationStyle locationStyle, RowTweaks tweaks) {
        this.locationStyle = requireNonNull(locationStyle, "locationStyle is null");
        this.tweaks = requireNonNull(tweaks, "tweaks is null");
    }

    /** Writes the rows and returns how many were written. */
    public long write(QueryResult.Rows rows, OutputStream out) {
        CrimeTable table = rows.table();
        List<OutputColumn> columns = rows.columns();
        SerializableString[] names = columns.stream()
                .map(column -> new SerializedString(column.name()))
                .toArray(SerializableString[]::new);
        long count = 0;
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartArray();
            if (tweaks.injectMalformedRow()) {
                writeMalformedRow(json);
            }
            RowCursor cursor = rows.cursor();
            for (int row = cursor.next(); row != RowCursor.END; row = cursor.next()) {
                json.writeStartObject();
                for (int i = 0; i < names.length; i++) {
                    writeValue(json, names[i], table, columns.get(i).column(), row);
                }
                if (tweaks.addUnknownColumn()) {
                    json.writeStringProperty(RowTweaks.UNKNOWN_COLUMN_NAME, RowTweaks.UNKNOWN_COLUMN_VALUE);
                }
                json.writeEndObject();
                count++;
            }
            json.writeEndArray();
        }
        return count;
    }

    private void writeValue(JsonGenerator json, SerializableString name, CrimeTable table, Column column, int row) {
        switch (column.kind()) {
            case BOOLEAN -> {
                Boolean flag = table.flag(column, row);
                if (flag != null) {
                    json.writeName(name);
                    json.writeBoolean(flag);
                }
            }
            case LOCATION -> {
                if (!table.isMissing(column, row)) {
                    json.writeName(name);
                    writeLocation(json, table, row);
                }
            }
            default -> {
                String text = table.text(column, row);
                if (text != null) {
                    json.writeName(name);
                    json.writeString(text);
                }
            }
        }
    }

    private void writeLocation(JsonGenerator json, CrimeTable table, int row) {
        json.writeStartObject();
        if (locationStyle == LocationStyle.GEOJSON_POINT) {
            json.writeStringProperty("type", "Point");
            json.writeName("coordinates");
            json.writeStartArray();
            json.writeNumber(table.number(Column.LONGITUDE, row));
            json.writeNumber(table.number(Column.LATITUDE, row));
            json.writeEndArray();
        } else {
            json.writeStringProperty("latitude", table.text(Column.LATITUDE, row));
            json.writeStringProperty("longitude", table.text(Column.LONGITUDE, row));
            json.writeStringProperty("human_address", HUMAN_ADDRESS);
        }
        json.writeEndObject();
    }

    // A row as a broken upstream record would appear: right keys, values of the wrong shape.
    private static void writeMalformedRow(JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("id", "abc");
        json.writeStringProperty("case_number", "???");
        json.writeStringProperty("date", "not-a-date");
        json.writeStringProperty("primary_type", "");
        json.writeStringProperty("arrest", "maybe");
        json.writeStringProperty("latitude", "north");
        json.writeStringProperty("updated_on", "yesterday");
        json.writeEndObject();
    }
}
