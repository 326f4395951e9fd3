package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The rows a run asks the source for: incidents whose {@code date} lies in {@code [dateFrom, dateUntil)},
 * plus, when {@code updatedAfter} is set, every incident whose {@code updated_on} is later than it.
 *
 * <p>Times are the portal's floating Chicago wall-clock times. A window is frozen when its run starts, so a
 * resumed run asks exactly the same question again.
 *
 * @param dateFrom first incident time included
 * @param dateUntil first incident time excluded, or null for no upper bound
 * @param updatedAfter rows updated after this time are included whatever their date, or null
 */
public record QueryWindow(LocalDateTime dateFrom, LocalDateTime dateUntil, LocalDateTime updatedAfter) {

    public QueryWindow {
        requireNonNull(dateFrom, "dateFrom is null");
        if (dateUntil != null && !dateUntil.isAfter(dateFrom)) {
            throw new IllegalArgumentException("dateUntil " + dateUntil + " must be after dateFrom " + dateFrom);
        }
    }

    /** Every incident of one calendar month. */
    public static QueryWindow month(YearMonth month) {
        requireNonNull(month, "month is null");
        return new QueryWindow(
                month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay(), null);
    }

    /** Incidents since {@code dateFrom}, plus older ones updated after {@code updatedAfter} (may be null). */
    public static QueryWindow since(LocalDateTime dateFrom, LocalDateTime updatedAfter) {
        return new QueryWindow(dateFrom, null, updatedAfter);
    }

    /** Whether a row with these times belongs to the window; the source adapters must agree with this. */
    public boolean contains(LocalDateTime date, LocalDateTime updatedOn) {
        requireNonNull(date, "date is null");
        boolean inDateRange = !date.isBefore(dateFrom) && (dateUntil == null || date.isBefore(dateUntil));
        boolean updatedLately = updatedAfter != null && updatedOn != null && updatedOn.isAfter(updatedAfter);
        return inDateRange || updatedLately;
    }

    /** A short human-readable form for logs and the run audit. */
    public String describe() {
        String dates = dateUntil == null ? "date >= " + dateFrom : "date in [" + dateFrom + ", " + dateUntil + ")";
        return updatedAfter == null ? dates : dates + " or updated_on > " + updatedAfter;
    }
}
