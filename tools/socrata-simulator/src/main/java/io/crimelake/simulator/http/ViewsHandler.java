package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.crimelake.simulator.format.MetadataWriter;
import io.crimelake.simulator.format.PortalExportWriter;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves view metadata ({@code /api/views/{id}.json}) and the bulk export ({@code /api/views/{id}/rows.csv}). */
final class ViewsHandler implements HttpHandler {

    private static final Pattern METADATA = Pattern.compile("/api/views/([a-z0-9]{4}-[a-z0-9]{4})(?:\\.json)?");
    private static final Pattern EXPORT = Pattern.compile("/api/views/([a-z0-9]{4}-[a-z0-9]{4})/rows\\.csv");

    private final ServedDatasets datasets;
    private final ServingOptions options;

    ViewsHandler(ServedDatasets datasets, ServingOptions options) {
        this.datasets = requireNonNull(datasets, "datasets is null");
        this.options = requireNonNull(options, "options is null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> parameters =
                QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        if (!AppTokens.accept(exchange, parameters, options)) {
            return;
        }
        Matcher metadata = METADATA.matcher(path);
        Matcher export = EXPORT.matcher(path);
        if (metadata.matches() && metadata.group(1).equals(datasets.crimesId())) {
            StreamingResponse.stream(exchange, HttpResponses.JSON, null, out -> {
                MetadataWriter.writeCrimes(
                        datasets.crimesId(), datasets.crimes().snapshot().rowsUpdatedAt(), out);
                return 0;
            });
        } else if (metadata.matches()
                && metadata.group(1).equals(datasets.boundaries().id())) {
            StreamingResponse.stream(exchange, HttpResponses.JSON, null, out -> {
                MetadataWriter.writeBoundaries(datasets.boundaries(), out);
                return 0;
            });
        } else if (export.matches() && export.group(1).equals(datasets.crimesId())) {
            exchange.getResponseHeaders()
                    .set("Content-Disposition", "attachment; filename=Crimes_-_2001_to_Present.csv");
            StreamingResponse.stream(
                    exchange,
                    "text/csv;charset=utf-8",
                    null,
                    out -> PortalExportWriter.write(datasets.crimes().snapshot().table(), out));
        } else {
            HttpResponses.sendError(exchange, 404, "not_found", "Cannot find " + path);
        }
    }
}
