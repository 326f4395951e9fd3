package io.crimelake.simulator.format;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.query.OutputColumn;
import io.crimelake.simulator.query.QueryResult;
import io.crimelake.simulator.query.RowCursor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Streams rows and aggregates as SODA's {@code .csv} format: field-name header, every value quoted, ISO dates. */
public final class SodaCsvWriter {

    private SodaCsvWriter() {}

    /** Writes the rows and returns how many were written. */
    public static long write(QueryResult.Rows rows, OutputStream out) {
        CrimeTable table = rows.table();
        List<OutputColumn> columns = rows.columns();
        long count = 0;
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writeLine(writer, columns.stream().map(OutputColumn::name).toList());
            RowCursor cursor = rows.cursor();
            String[] values = new String[columns.size()];
            for (int row = cursor.next(); row != RowCursor.END; row = cursor.next()) {
                for (int i = 0; i < values.length; i++) {
                    Column column = columns.get(i).column();
                    values[i] = column == Column.LOCATION ? CsvText.location(table, row) : table.text(column, row);
                }
                writeLine(writer, Arrays.asList(values));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Writes aggregated rows and returns how many were written. */
    public static long write(QueryResult.Aggregates aggregates, OutputStream out) {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writeLine(writer, aggregates.names());
            for (Object[] row : aggregates.rows()) {
                String[] values = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    values[i] = row[i] == null ? null : row[i].toString();
                }
                writeLine(writer, Arrays.asList(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aggregates.rows().size();
    }

    private static void writeLine(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(CsvText.quoted(values.get(i)));
        }
        writer.write('\n');
    }
}
