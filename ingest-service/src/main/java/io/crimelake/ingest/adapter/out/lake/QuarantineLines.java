package io.crimelake.ingest.adapter.out.lake;

import io.crimelake.ingest.domain.QuarantinedRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes quarantined rows as JSON lines: run id, page, field, reason, the offending value and the raw row. */
final class QuarantineLines implements Closeable {
    // No separator between root values: each line ends with its own newline instead.
    private static final JsonFactory JSON =
            JsonFactory.builder().rootValueSeparator((String) null).build();

    private final OutputStream out;
    private final JsonGenerator json;

    QuarantineLines(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }

    void write(QuarantinedRow row) throws IOException {
        json.writeStartObject();
        json.writeStringProperty("run_id", row.runId());
        json.writeNumberProperty("page", row.page());
        json.writeStringProperty("field", row.field());
        json.writeStringProperty("reason", row.reason());
        json.writeStringProperty("raw_value", row.rawValue());
        json.writeName("raw");
        json.writeStartObject();
        // Sorted, so the same row always gives the same line.
        for (Map.Entry<String, String> field : new TreeMap<>(row.row().fields()).entrySet()) {
            json.writeStringProperty(field.getKey(), field.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
