package io.crimelake.ui.domain.admin;

import java.time.YearMonth;

/** What kind of ingest run an operator asks for; each kind is valid by construction. */
public sealed interface RunRequest {

    /** The first month the portal's crimes dataset has data for. */
    YearMonth FIRST_MONTH = YearMonth.of(2001, 1);

    /** The daily kind: recent days plus every row updated since the last run. */
    record Incremental() implements RunRequest {}

    /** A closed range of months, re-pulled whole. */
    record Backfill(YearMonth first, YearMonth last) implements RunRequest {
        public Backfill {
            if (first == null || last == null) {
                throw new InvalidRunRequestException(first == null ? "first" : "last", "choose a month");
            }
            if (first.isBefore(FIRST_MONTH)) {
                throw new InvalidRunRequestException("first", "the dataset starts in " + FIRST_MONTH);
            }
            if (last.isBefore(first)) {
                throw new InvalidRunRequestException("last", "the last month is before the first");
            }
        }
    }

    /** A bulk load of the portal's CSV export from a path the ingest-service can read, or a URL. */
    record CsvBootstrap(String location) implements RunRequest {
        public CsvBootstrap {
            if (location == null || location.isBlank()) {
                throw new InvalidRunRequestException("location", "give the export's path or URL");
            }
            location = location.strip();
        }
    }
}
