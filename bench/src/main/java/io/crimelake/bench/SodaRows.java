package io.crimelake.bench;

import io.crimelake.simulator.SocrataSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Loads raw SODA rows (field name to text, nested objects skipped) from the simulator: benchmark input and test oracle. */
public final class SodaRows {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int PAGE_SIZE = 50_000;

    private SodaRows() {}

    public static List<Map<String, String>> load(SocrataSimulator simulator, int rows)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        List<Map<String, String>> result = new ArrayList<>(Math.min(rows, PAGE_SIZE));
        while (result.size() < rows) {
            int limit = Math.min(PAGE_SIZE, rows - result.size());
            URI uri = simulator
                    .baseUri()
                    .resolve("resource/ijzp-q8t2.json?$order=id&$limit=" + limit + "&$offset=" + result.size());
            HttpResponse<InputStream> response =
                    client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IOException("simulator answered " + response.statusCode() + " for " + uri);
            }
            int before = result.size();
            try (InputStream body = response.body();
                    JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
                parser.nextToken(); // the top-level array
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    result.add(readRow(parser));
                }
            }
            if (result.size() == before) {
                break; // the dataset has fewer rows than asked for
            }
        }
        return result;
    }

    private static Map<String, String> readRow(JsonParser parser) {
        Map<String, String> row = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isStructStart()) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                row.put(name, parser.getString());
            }
        }
        return row;
    }
}
