package io.crimelake.ingest.adapter.out.socrata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The latitude and longitude of a SODA {@code location} value, as text exactly as the portal sent them. */
record Coordinates(String latitude, String longitude) {

    /** Reads a location object; the parser stands on its START_OBJECT and is left on its END_OBJECT. */
    static Coordinates read(JsonParser json) {
        String latitude = null;
        String longitude = null;
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            JsonToken value = json.nextToken();
            if (name.equals("coordinates") && value == JsonToken.START_ARRAY) {
                List<String> position = readPosition(json);
                if (position.size() >= 2) {
                    // GeoJSON order: longitude first.
                    longitude = position.get(0);
                    latitude = position.get(1);
                }
            } else if (value.isStructStart()) {
                json.skipChildren();
            } else if (name.equals("latitude")) {
                latitude = scalar(json, value);
            } else if (name.equals("longitude")) {
                longitude = scalar(json, value);
            }
        }
        return new Coordinates(latitude, longitude);
    }

    void addTo(Map<String, String> row) {
        if (latitude != null) {
            row.put("latitude", latitude);
        }
        if (longitude != null) {
            row.put("longitude", longitude);
        }
    }

    private static List<String> readPosition(JsonParser json) {
        List<String> values = new ArrayList<>(2);
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            if (token.isStructStart()) {
                json.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                values.add(json.getString());
            }
        }
        return values;
    }

    private static String scalar(JsonParser json, JsonToken token) {
        return token == JsonToken.VALUE_NULL ? null : json.getString();
    }
}
