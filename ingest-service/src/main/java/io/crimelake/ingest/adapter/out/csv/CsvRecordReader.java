package io.crimelake.ingest.adapter.out.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records one at a time: quoted fields may hold commas, doubled quotes and line breaks;
 * records end with LF or CRLF.
 */
final class CsvRecordReader {
    private static final int NONE = -2;

    private final Reader in;
    private int pending = NONE;

    /** @param in a buffered reader; this class reads it one character at a time */
    CsvRecordReader(Reader in) {
        this.in = requireNonNull(in, "in is null");
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    throw new IOException("the CSV ends inside a quoted field");
                }
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if (peek() == '"') {
                    field.append('"');
                    read();
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || (c == '\r' && peek() == '\n')) {
                if (c == '\r') {
                    read();
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    void close() throws IOException {
        in.close();
    }

    private int read() throws IOException {
        if (pending != NONE) {
            int c = pending;
            pending = NONE;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (pending == NONE) {
            pending = in.read();
        }
        return pending;
    }
}
