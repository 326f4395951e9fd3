package io.crimelake.ingest.application.service;

import io.crimelake.ingest.application.port.out.ExportSource;
import io.crimelake.ingest.domain.RawRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An export held in memory, in file order, whose reading can be made to break after some rows. */
final class InMemoryExportSource implements ExportSource {
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final List<Long> skips = new ArrayList<>();
    private int failAfterRows = Integer.MAX_VALUE;

    void add(Map<String, String> row) {
        rows.add(row);
    }

    /** Each opened cursor throws once it has handed out this many rows in total, skipped ones included. */
    void failAfterRows(int count) {
        failAfterRows = count;
    }

    List<Long> skips() {
        return skips;
    }

    @Override
    public Cursor open(String location, long skip) {
        skips.add(skip);
        int limit = failAfterRows;
        return new Cursor() {
            private int position = (int) skip;

            @Override
            public RawRow next() throws IOException {
                if (position >= limit) {
                    throw new IOException("export read failed (scripted)");
                }
                return position < rows.size() ? new RawRow(new HashMap<>(rows.get(position++))) : null;
            }

            @Override
            public void close() {}
        };
    }
}
