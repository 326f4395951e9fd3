package io.crimelake.ingest.application.port.in;

import static java.util.Objects.requireNonNull;

import io.crimelake.ingest.domain.MonthRange;
import io.crimelake.ingest.domain.RunMode;
import java.time.YearMonth;

/**
 * A request for one run; valid by construction.
 *
 * @param months the months of a backfill, null for an incremental run
 * @param rowLimitPerWindow at most this many rows per window (per month in a backfill), or null
 * @param pageSize rows per source request (rows per staged page for a csv run), or null for the default
 * @param exportLocation the portal CSV export (path or URL) a csv run reads, null otherwise
 */
public record StartRunCommand(
        RunMode mode, MonthRange months, Long rowLimitPerWindow, Integer pageSize, String exportLocation) {
    /** The largest page the portal serves. */
    public static final int MAX_PAGE_SIZE = 50_000;

    public StartRunCommand {
        requireNonNull(mode, "mode is null");
        if (mode == RunMode.BACKFILL && months == null) {
            throw new InvalidRunRequestException("start", "a backfill needs a start and an end month");
        }
        if (mode == RunMode.INCREMENTAL && months != null) {
            throw new InvalidRunRequestException("mode", "start and end months are only for mode backfill");
        }
        if (mode == RunMode.CSV && (exportLocation == null || exportLocation.isBlank())) {
            throw new InvalidRunRequestException("fromCsv", "a csv run needs the export file's path or URL");
        }
        if (mode != RunMode.CSV && exportLocation != null) {
            throw new InvalidRunRequestException("fromCsv", "an export file is only read by mode csv");
        }
        if (rowLimitPerWindow != null && rowLimitPerWindow < 1) {
            throw new InvalidRunRequestException("limit", "must be at least 1");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_PAGE_SIZE)) {
            throw new InvalidRunRequestException("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public static StartRunCommand incremental() {
        return new StartRunCommand(RunMode.INCREMENTAL, null, null, null, null);
    }

    /** A bulk load of the portal's CSV export at {@code location}, a local path or a URL. */
    public static StartRunCommand fromExport(String location, Long limit, Integer pageSize) {
        return new StartRunCommand(RunMode.CSV, null, limit, pageSize, location);
    }

    /**
     * Builds a command from loosely typed input such as a JSON body or command-line options.
     *
     * @throws InvalidRunRequestException naming the first bad field
     */
    public static StartRunCommand parse(String mode, String start, String end, Long limit, Integer pageSize) {
        RunMode runMode;
        try {
            runMode = RunMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRequestException("mode", e.getMessage());
        }
        MonthRange months = null;
        if (start != null || end != null || runMode == RunMode.BACKFILL) {
            YearMonth first = month("start", start);
            YearMonth last = month("end", end);
            if (last.isBefore(first)) {
                throw new InvalidRunRequestException("end", "end " + last + " is before start " + first);
            }
            months = new MonthRange(first, last);
        }
        return new StartRunCommand(runMode, months, limit, pageSize, null);
    }

    private static YearMonth month(String field, String text) {
        try {
            return MonthRange.parseMonth(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRunRequestException(field, e.getMessage());
        }
    }
}
