package io.crimelake.simulator.format;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;

/** CSV quoting and the portal's text form of a location. */
final class CsvText {

    private CsvText() {}

    /** Quotes a field only when it needs it, as the portal's export does. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean needsQuotes = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needsQuotes ? quoted(value) : value;
    }

    /** Quotes every non-null field, as SODA's {@code .csv} responses do. */
    static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The export's location text, {@code (41.75, -87.6)}, or null when the location is missing. */
    static String location(CrimeTable table, int row) {
        if (table.isMissing(Column.LOCATION, row)) {
            return null;
        }
        return "(" + table.text(Column.LATITUDE, row) + ", " + table.text(Column.LONGITUDE, row) + ")";
    }
}
