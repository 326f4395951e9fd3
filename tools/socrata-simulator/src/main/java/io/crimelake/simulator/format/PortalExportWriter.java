package io.crimelake.simulator.format;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.FloatingTimestamps;
import io.crimelake.simulator.data.ValueKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the whole table as the portal's bulk export ({@code rows.csv?accessType=DOWNLOAD}): a byte order mark,
 * display-name headers, US-style timestamps, quotes only where needed.
 */
public final class PortalExportWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private PortalExportWriter() {}

    /** Writes every row in id order and returns how many were written. */
    public static long write(CrimeTable table, OutputStream out) {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(BYTE_ORDER_MARK);
            writer.write(String.join(
                    ",", Column.DATA_COLUMNS.stream().map(Column::displayName).toList()));
            writer.write('\n');
            for (int row = 0; row < table.size(); row++) {
                for (int i = 0; i < Column.DATA_COLUMNS.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(CsvText.field(value(table, Column.DATA_COLUMNS.get(i), row)));
                }
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table.size();
    }

    private static String value(CrimeTable table, Column column, int row) {
        if (column == Column.LOCATION) {
            return CsvText.location(table, row);
        }
        if (column.kind() == ValueKind.TIMESTAMP) {
            long seconds = table.timestamp(column, row);
            return seconds == FloatingTimestamps.MISSING ? null : FloatingTimestamps.formatUs(seconds);
        }
        return table.text(column, row);
    }
}
