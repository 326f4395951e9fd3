package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import io.crimelake.ingest.application.port.in.StartRunCommand;

/**
 * The body of {@code POST /api/ingest/runs}; every field is optional and an empty body asks for an
 * incremental run.
 *
 * @param mode {@code incremental} (default), {@code backfill} or {@code csv} (implied by {@code fromCsv})
 * @param start first month of a backfill, {@code yyyy-MM}
 * @param end last month of a backfill, inclusive
 * @param fromCsv the portal CSV export a csv bootstrap reads: an http(s) URL or a file in {@code CSV_IMPORT_DIR}
 * @param limit at most this many rows per window
 * @param pageSize rows per portal request (rows per staged page for a csv run), at most 50,000
 */
record StartRunRequest(String mode, String start, String end, String fromCsv, Long limit, Integer pageSize) {
    static final StartRunRequest EMPTY = new StartRunRequest(null, null, null, null, null, null);

    StartRunCommand toCommand(CsvImportFolder imports) {
        boolean csvMode = mode != null && mode.strip().equalsIgnoreCase("csv");
        if (fromCsv == null && !csvMode) {
            return StartRunCommand.parse(mode, start, end, limit, pageSize);
        }
        if (mode != null && !csvMode) {
            throw new InvalidRunRequestException(
                    "mode", "fromCsv reads an export file; leave out mode or set it to csv");
        }
        if (start != null || end != null) {
            throw new InvalidRunRequestException(
                    start != null ? "start" : "end", "start and end months are only for mode backfill");
        }
        return StartRunCommand.fromExport(imports.admit(fromCsv), limit, pageSize);
    }
}
