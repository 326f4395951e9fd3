package io.crimelake.analytics.adapter.in.web;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.in.ExportIncidentsUseCase;
import io.crimelake.analytics.application.port.in.ExportIncidentsUseCase.IncidentExport;
import io.crimelake.analytics.domain.QueryFilter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Streams every filtered incident as a CSV or Parquet download named after the filter window. */
@RestController
@RequestMapping("/api/analytics")
class ExportController {
    static final String SNAPSHOT_HEADER = "X-Snapshot-Id";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType PARQUET = new MediaType("application", "vnd.apache.parquet");

    private final ExportIncidentsUseCase exports;

    ExportController(ExportIncidentsUseCase exports) {
        this.exports = requireNonNull(exports, "exports is null");
    }

    @GetMapping("/export.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam MultiValueMap<String, String> parameters) {
        QueryFilter filter = RequestParameters.withFilter(parameters).filter();
        IncidentExport export = exports.export(filter);
        StreamingResponseBody body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            IncidentCsv csv = new IncidentCsv(writer);
            export.writeTo(csv::write);
            writer.flush();
        };
        return download(filter, export, CSV, "csv").body(body);
    }

    @GetMapping("/export.parquet")
    ResponseEntity<StreamingResponseBody> parquet(@RequestParam MultiValueMap<String, String> parameters) {
        QueryFilter filter = RequestParameters.withFilter(parameters).filter();
        IncidentExport export = exports.export(filter);
        return download(filter, export, PARQUET, "parquet").body(export::writeParquetTo);
    }

    private static ResponseEntity.BodyBuilder download(
            QueryFilter filter, IncidentExport export, MediaType type, String extension) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(filter, extension))
                                .build()
                                .toString());
        if (export.snapshotId() != null) {
            response.header(SNAPSHOT_HEADER, export.snapshotId());
        }
        return response;
    }

    /** {@code chicago-crimes_<from>_<to>.<extension>}, with {@code start}/{@code latest} for open ends. */
    static String fileName(QueryFilter filter, String extension) {
        String from = filter.from() == null ? "start" : filter.from().toString();
        String to = filter.to() == null ? "latest" : filter.to().toString();
        return "chicago-crimes_" + from + "_" + to + "." + extension;
    }
}
