package io.crimelake.ingest.adapter.out.socrata;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.RowReceiver;
import io.crimelake.ingest.application.port.out.SourceFailedException;
import io.crimelake.ingest.domain.RawRow;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a SODA {@code .json} page token by token, handing each row to the receiver as soon as it is complete,
 * so a page is never held in memory as a whole.
 *
 * <p>Scalars of any JSON type become their text; null and nested values other than {@code location} count as
 * missing. A {@code location} object, legacy ({@code latitude}, {@code longitude}, {@code human_address}) or
 * GeoJSON point ({@code coordinates: [lon, lat]}), fills in {@code latitude}/{@code longitude} when the row does
 * not carry them itself.
 */
final class SodaRowParser {
    private static final JsonFactory JSON = new JsonFactory();

    private final Set<String> knownFields;

    SodaRowParser(Set<String> knownFields) {
        this.knownFields = Set.copyOf(requireNonNull(knownFields, "knownFields is null"));
    }

    /**
     * Streams every row of the page into {@code receiver}.
     *
     * @return the fields seen that are not in the known set
     * @throws RetryableSourceException when the body breaks off or is not complete JSON
     * @throws IOException when the receiver fails to take a row
     */
    Set<String> parse(InputStream body, RowReceiver receiver) throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), body)) {
            JsonToken first = json.nextToken();
            if (first == null) {
                throw new RetryableSourceException("empty response body", null, null);
            }
            if (first != JsonToken.START_ARRAY) {
                throw new SourceFailedException("expected a JSON array of rows, got " + first, null);
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                receiver.accept(new RawRow(readRow(json, unknown)));
            }
            if (json.currentToken() != JsonToken.END_ARRAY || json.nextToken() != null) {
                throw new SourceFailedException("rows array holds something other than row objects", null);
            }
        } catch (JacksonException e) {
            throw new RetryableSourceException(
                    "page body broken off or unreadable: " + e.getOriginalMessage(), null, e);
        }
        return unknown;
    }

    /** Reads the single number of a {@code count(*)} answer such as {@code [{"total":"42"}]}. */
    static long parseCount(InputStream body) {
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (json.nextToken() != JsonToken.START_ARRAY || json.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceFailedException("count answer is not an array of one object", null);
            }
            if (json.nextName() == null) {
                return 0;
            }
            json.nextToken();
            return Long.parseLong(json.getString().strip());
        } catch (JacksonException e) {
            throw new RetryableSourceException(
                    "count body broken off or unreadable: " + e.getOriginalMessage(), null, e);
        } catch (NumberFormatException e) {
            throw new SourceFailedException("count answer is not a number", e);
        }
    }

    private Map<String, String> readRow(JsonParser json, Set<String> unknown) {
        Map<String, String> row = new HashMap<>(32);
        Coordinates fromLocation = null;
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            if (!knownFields.contains(name)) {
                unknown.add(name);
            }
            JsonToken value = json.nextToken();
            if (value == JsonToken.START_OBJECT && name.equals("location")) {
                fromLocation = Coordinates.read(json);
            } else if (value.isStructStart()) {
                json.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                row.put(name, json.getString());
            }
        }
        if (fromLocation != null && row.get("latitude") == null && row.get("longitude") == null) {
            fromLocation.addTo(row);
        }
        return row;
    }
}
