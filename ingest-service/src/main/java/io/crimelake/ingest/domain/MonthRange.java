package io.crimelake.ingest.domain;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** An inclusive range of calendar months for a backfill, such as 2015-01 to 2024-12. */
public record MonthRange(YearMonth start, YearMonth end) {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    public MonthRange {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * Parses a month written as {@code yyyy-MM}.
     *
     * @throws IllegalArgumentException when {@code text} is not such a month
     */
    public static YearMonth parseMonth(String text) {
        if (text == null) {
            throw new IllegalArgumentException("month is missing; expected yyyy-MM");
        }
        try {
            return YearMonth.parse(text.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month of the form yyyy-MM", e);
        }
    }

    /** One window per month, in order. */
    public List<QueryWindow> windows() {
        List<QueryWindow> windows = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            windows.add(QueryWindow.month(month));
        }
        return windows;
    }
}
