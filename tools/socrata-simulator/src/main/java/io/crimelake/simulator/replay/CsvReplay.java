package io.crimelake.simulator.replay;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.FloatingTimestamps;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads crimes from CSV: the portal's bulk export (display headers such as "Case Number", US dates, BOM) or a
 * SODA {@code .csv} response (field names, ISO dates).
 */
final class CsvReplay {

    private CsvReplay() {}

    /** Streams the file's rows to {@code sink}; returns how many rows were skipped as unusable. */
    static int read(Reader input, Consumer<CrimeRecord> sink) throws IOException {
        CsvReader csv = new CsvReader(input);
        List<String> header = csv.next();
        if (header == null) {
            return 0;
        }
        List<Column> columns = new ArrayList<>(header.size());
        for (String name : header) {
            columns.add(Column.byDisplayName(name)
                    .or(() -> Column.byFieldName(name.strip()))
                    .orElse(null));
        }
        if (!columns.contains(Column.ID)) {
            throw new IOException("the CSV header has no ID column: " + header);
        }
        RecordAssembler assembler = new RecordAssembler(CsvReplay::parseTimestamp);
        int skipped = 0;
        for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
            if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                continue;
            }
            Optional<CrimeRecord> record = assemble(assembler, columns, fields);
            record.ifPresent(sink);
            skipped += record.isEmpty() ? 1 : 0;
        }
        return skipped;
    }

    private static Optional<CrimeRecord> assemble(
            RecordAssembler assembler, List<Column> columns, List<String> fields) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (int i = 0; i < Math.min(columns.size(), fields.size()); i++) {
            Column column = columns.get(i);
            if (column != null && !fields.get(i).isEmpty()) {
                values.put(column, fields.get(i));
            }
        }
        try {
            return Optional.of(assembler.assemble(values));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long parseTimestamp(String text) {
        return text.indexOf('/') > 0 ? FloatingTimestamps.parseUs(text) : FloatingTimestamps.parseIso(text);
    }
}
