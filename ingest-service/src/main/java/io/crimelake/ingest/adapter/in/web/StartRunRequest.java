package io.crimelake.ingest.adapter.in.web;

import io.crimelake.ingest.application.port.in.InvalidRunRequestException;
import io.crimelake.ingest.application.port.in.StartRunCommand;

/**
 * The body of {@code POST /api/ingest/runs}; every field is optional and an empty body asks for an
 * incremental run.
 *
 * @param mode {@code incremental} (default) or {@code backfill}; a csv bootstrap is command-line only
 * @param start first month of a backfill, {@code yyyy-MM}
 * @param end last month of a backfill, inclusive
 * @param limit at most this many rows per window
 * @param pageSize rows per portal request, at most 50,000
 */
record StartRunRequest(String mode, String start, String end, Long limit, Integer pageSize) {
    StartRunCommand toCommand() {
        // Reading a file named in a request would let any admin caller stage arbitrary local files.
        if ("csv".equalsIgnoreCase(mode == null ? null : mode.strip())) {
            throw new InvalidRunRequestException(
                    "mode", "csv bootstraps are started from the command line: --from-csv");
        }
        return StartRunCommand.parse(mode, start, end, limit, pageSize);
    }
}
