package io.crimelake.ingest.adapter.out.socrata;

import io.crimelake.ingest.domain.QueryWindow;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Renders a query window, and a keyset position in it, as a SoQL {@code $where} condition. */
final class SoqlWindow {
    // Floating timestamps compare as text-like literals; always give seconds and millis, as the portal prints them.
    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private SoqlWindow() {}

    static String where(QueryWindow window) {
        String dates = "date >= " + literal(window.dateFrom());
        if (window.dateUntil() != null) {
            dates += " AND date < " + literal(window.dateUntil());
        }
        if (window.updatedAfter() == null) {
            return dates;
        }
        return "(" + dates + ") OR updated_on > " + literal(window.updatedAfter());
    }

    static String whereAfterKey(QueryWindow window, String keyField, Long afterKey) {
        if (afterKey == null) {
            return where(window);
        }
        return "(" + where(window) + ") AND " + keyField + " > " + afterKey;
    }

    private static String literal(LocalDateTime time) {
        return "'" + LITERAL.format(time) + "'";
    }
}
