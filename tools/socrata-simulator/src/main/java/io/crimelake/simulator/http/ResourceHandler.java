package io.crimelake.simulator.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.crimelake.simulator.boundary.Boundary;
import io.crimelake.simulator.fault.Fault;
import io.crimelake.simulator.fault.FaultKind;
import io.crimelake.simulator.fault.FaultPlan;
import io.crimelake.simulator.format.AggregateJsonWriter;
import io.crimelake.simulator.format.BoundaryWriter;
import io.crimelake.simulator.format.GeoJsonRowWriter;
import io.crimelake.simulator.format.JsonRowWriter;
import io.crimelake.simulator.format.RowTweaks;
import io.crimelake.simulator.format.SodaCsvWriter;
import io.crimelake.simulator.query.QueryExecutor;
import io.crimelake.simulator.query.QueryResult;
import io.crimelake.simulator.soql.SoqlException;
import io.crimelake.simulator.soql.SoqlQuery;
import io.crimelake.simulator.soql.SoqlQueryParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Serves the SODA resource endpoints {@code /resource/{id}.json|.csv|.geojson} with faults applied. */
final class ResourceHandler implements HttpHandler {

    private static final String PREFIX = "/resource/";

    private final ServedDatasets datasets;
    private final ServingOptions options;
    private final FaultPlan faults;
    private final QueryExecutor executor;

    ResourceHandler(ServedDatasets datasets, ServingOptions options, FaultPlan faults, QueryExecutor executor) {
        this.datasets = requireNonNull(datasets, "datasets is null");
        this.options = requireNonNull(options, "options is null");
        this.faults = requireNonNull(faults, "faults is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.substring(PREFIX.length());
        int dot = name.lastIndexOf('.');
        String id = dot < 0 ? name : name.substring(0, dot);
        String format = dot < 0 ? "json" : name.substring(dot + 1);
        Map<String, String> parameters =
                QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        if (!id.equals(datasets.crimesId()) && !id.equals(datasets.boundaries().id())) {
            HttpResponses.sendError(exchange, 404, "not_found", "Cannot find dataset " + id);
            return;
        }
        if (!AppTokens.accept(exchange, parameters, options)) {
            return;
        }
        Optional<Fault> fault = faults.next(path);
        if (fault.isPresent() && fault.get().kind().replacesResponse()) {
            FaultResponder.respond(exchange, fault.get());
            return;
        }
        if (fault.isPresent() && fault.get().kind() == FaultKind.SLOW) {
            pause(fault.get());
        }
        FaultKind damage = fault.map(Fault::kind).orElse(null);
        try {
            if (id.equals(datasets.crimesId())) {
                serveCrimes(exchange, format, parameters, damage);
            } else {
                serveBoundaries(exchange, format, parameters, damage);
            }
        } catch (SoqlException e) {
            HttpResponses.sendError(exchange, 400, e.code(), e.getMessage());
        }
    }

    private void serveCrimes(HttpExchange exchange, String format, Map<String, String> parameters, FaultKind damage)
            throws IOException {
        if (!format.equals("json") && !format.equals("csv") && !format.equals("geojson")) {
            HttpResponses.sendError(exchange, 404, "not_found", "Unknown format ." + format);
            return;
        }
        SoqlQuery query = SoqlQueryParser.parse(parameters);
        QueryResult result = executor.execute(datasets.crimes().snapshot().table(), query);
        RowTweaks tweaks = new RowTweaks(damage == FaultKind.MALFORMED_ROW, damage == FaultKind.UNKNOWN_COLUMN);
        StreamingResponse.stream(exchange, contentType(format), damage, out -> switch (result) {
            case QueryResult.Rows rows when format.equals("csv") -> SodaCsvWriter.write(rows, out);
            case QueryResult.Rows rows when format.equals("geojson") -> new GeoJsonRowWriter(tweaks).write(rows, out);
            case QueryResult.Rows rows -> new JsonRowWriter(options.locationStyle(), tweaks).write(rows, out);
            case QueryResult.Aggregates aggregates when format.equals("csv") -> SodaCsvWriter.write(aggregates, out);
            case QueryResult.Aggregates aggregates -> AggregateJsonWriter.write(aggregates, out);
        });
    }

    // Boundaries are a few dozen features: paging is supported, SoQL conditions are not.
    private void serveBoundaries(HttpExchange exchange, String format, Map<String, String> parameters, FaultKind damage)
            throws IOException {
        Map<String, String> paging = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.equals("$limit") || name.equals("$offset")) {
                paging.put(name, value);
            } else if (!name.startsWith("$$")) {
                throw SoqlException.malformed(
                        "The simulator serves boundaries with $limit and $offset only, not " + name);
            }
        });
        SoqlQuery query = SoqlQueryParser.parse(paging);
        List<Boundary> features = datasets.boundaries().features().stream()
                .skip(query.offset())
                .limit(query.limit())
                .toList();
        switch (format) {
            case "geojson" ->
                StreamingResponse.stream(
                        exchange, contentType(format), damage, out -> BoundaryWriter.writeGeoJson(features, out));
            case "json" ->
                StreamingResponse.stream(
                        exchange, contentType(format), damage, out -> BoundaryWriter.writeJsonRows(features, out));
            default ->
                HttpResponses.sendError(exchange, 404, "not_found", "Boundaries are served as .json or .geojson");
        }
    }

    private static String contentType(String format) {
        return switch (format) {
            case "csv" -> "text/csv;charset=utf-8";
            case "geojson" -> "application/vnd.geo+json;charset=utf-8";
            default -> HttpResponses.JSON;
        };
    }

    private static void pause(Fault fault) {
        try {
            Thread.sleep(fault.delay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
