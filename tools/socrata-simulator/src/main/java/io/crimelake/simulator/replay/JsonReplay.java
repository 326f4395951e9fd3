package io.crimelake.simulator.replay;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.FloatingTimestamps;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams crimes out of a saved SODA response: a JSON array of rows or a GeoJSON FeatureCollection whose
 * features carry the row in {@code properties}.
 */
final class JsonReplay {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReplay() {}

    /** Streams the file's rows to {@code sink}; returns how many rows were skipped as unusable. */
    static int read(InputStream input, Consumer<CrimeRecord> sink) throws IOException {
        RecordAssembler assembler = new RecordAssembler(FloatingTimestamps::parseIso);
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), input)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && !advanceToFeatures(parser)) {
                throw new IOException("a JSON object that is not a FeatureCollection with features");
            } else if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw new IOException("neither a JSON array of rows nor a FeatureCollection");
            }
            boolean features = first == JsonToken.START_OBJECT;
            int skipped = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<Column, String> values = features ? readFeature(parser) : readRow(parser);
                try {
                    sink.accept(assembler.assemble(values));
                } catch (IllegalArgumentException e) {
                    skipped++;
                }
            }
            return skipped;
        }
    }

    private static boolean advanceToFeatures(JsonParser parser) {
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("features") && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static Map<Column, String> readFeature(JsonParser parser) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            if (parser.nextToken() == JsonToken.START_OBJECT && name.equals("properties")) {
                values = readRow(parser);
            } else {
                parser.skipChildren();
            }
        }
        return values;
    }

    // Reads the fields of one row object; the parser stands on its START_OBJECT and ends on its END_OBJECT.
    private static Map<Column, String> readRow(JsonParser parser) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        Map<Column, String> fromLocation = new EnumMap<>(Column.class);
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            Column column = Column.byFieldName(name).orElse(null);
            if (token == JsonToken.START_OBJECT && column == Column.LOCATION) {
                readLocation(parser, fromLocation);
            } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL && column != null) {
                values.put(column, parser.getString());
            } else {
                parser.skipChildren();
            }
        }
        fromLocation.forEach(values::putIfAbsent);
        return values;
    }

    // Accepts both the legacy location object and a GeoJSON Point.
    private static void readLocation(JsonParser parser, Map<Column, String> values) {
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if (name.equals("latitude") || name.equals("longitude")) {
                values.put(name.equals("latitude") ? Column.LATITUDE : Column.LONGITUDE, parser.getString());
            } else if (name.equals("coordinates") && token == JsonToken.START_ARRAY) {
                parser.nextToken();
                values.put(Column.LONGITUDE, parser.getString());
                parser.nextToken();
                values.put(Column.LATITUDE, parser.getString());
                parser.nextToken();
            } else {
                parser.skipChildren();
            }
        }
    }
}
