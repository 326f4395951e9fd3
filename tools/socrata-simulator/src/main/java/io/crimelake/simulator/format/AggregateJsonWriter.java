package io.crimelake.simulator.format;

import io.crimelake.simulator.query.QueryResult;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** Writes aggregated rows as SODA does: counts as strings, checkbox groups as booleans, missing groups absent. */
public final class AggregateJsonWriter {

    private AggregateJsonWriter() {}

    /** Writes the rows and returns how many were written. */
    public static long write(QueryResult.Aggregates aggregates, OutputStream out) {
        List<String> names = aggregates.names();
        try (JsonGenerator json = JsonRowWriter.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartArray();
            for (Object[] row : aggregates.rows()) {
                json.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    if (row[i] instanceof Boolean flag) {
                        json.writeBooleanProperty(names.get(i), flag);
                    } else if (row[i] != null) {
                        json.writeStringProperty(names.get(i), row[i].toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return aggregates.rows().size();
    }
}
