package io.crimelake.simulator.replay;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvReader {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private boolean atStart = true;

    CsvReader(Reader reader) {
        this.reader = requireNonNull(reader, "reader is null");
    }

    /** Returns the next record's fields, or {@code null} at the end of the input. */
    List<String> next() throws IOException {
        int c = reader.read();
        if (atStart && c == BYTE_ORDER_MARK) {
            c = reader.read();
        }
        atStart = false;
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quoted field");
                }
                if (c == '"') {
                    int following = reader.read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = reader.read();
        }
        fields.add(field.toString());
        return fields;
    }
}
