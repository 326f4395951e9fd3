package io.crimelake.ingest.adapter.out.csv;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.application.port.out.ExportSource;
import io.crimelake.ingest.domain.RawRow;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the portal's CSV export ({@code /api/views/{id}/rows.csv?accessType=DOWNLOAD}, or a saved copy): display
 * headers mapped to API field names, a leading byte-order mark ignored, values passed on as text for the
 * normaliser, which reads the export's {@code MM/dd/yyyy hh:mm:ss a} times.
 */
public final class CsvExportSource implements ExportSource {
    private static final int BUFFER_CHARS = 1 << 16;

    private final DatasetDefinition<?> definition;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public CsvExportSource(DatasetDefinition<?> definition) {
        this.definition = requireNonNull(definition, "definition is null");
    }

    @Override
    public Cursor open(String location, long skip) throws IOException {
        requireNonNull(location, "location is null");
        var reader = new CsvRecordReader(
                new BufferedReader(new InputStreamReader(openStream(location), StandardCharsets.UTF_8), BUFFER_CHARS));
        List<String> header = reader.next();
        if (header == null) {
            throw new IOException("the export " + location + " is empty: no header line");
        }
        List<String> fields =
                header.stream().map(definition::apiFieldForCsvHeader).toList();
        Cursor cursor = new Cursor() {
            @Override
            public RawRow next() throws IOException {
                List<String> values = reader.next();
                if (values == null) {
                    return null;
                }
                Map<String, String> row = new HashMap<>(fields.size() * 2);
                for (int i = 0; i < Math.min(fields.size(), values.size()); i++) {
                    row.put(fields.get(i), values.get(i));
                }
                return new RawRow(row);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
        for (long skipped = 0; skipped < skip; skipped++) {
            if (cursor.next() == null) {
                break;
            }
        }
        return cursor;
    }

    private InputStream openStream(String location) throws IOException {
        if (!location.startsWith("http://") && !location.startsWith("https://")) {
            return Files.newInputStream(Path.of(location));
        }
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(location)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("GET " + location + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening " + location, e);
        }
    }
}
