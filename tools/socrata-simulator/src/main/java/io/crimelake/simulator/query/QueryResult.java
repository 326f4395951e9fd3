package io.crimelake.simulator.query;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.CrimeTable;
import java.util.List;

/** What a query produced: rows of the table to stream, or a small list of aggregated rows. */
public sealed interface QueryResult {

    /** Rows of {@code table}, projected to {@code columns}, in cursor order. */
    record Rows(CrimeTable table, List<OutputColumn> columns, RowCursor cursor) implements QueryResult {
        public Rows {
            requireNonNull(table, "table is null");
            columns = List.copyOf(columns);
            requireNonNull(cursor, "cursor is null");
        }
    }

    /**
     * Aggregated rows; each value is a {@code String}, a {@code Boolean} (checkbox groups) or {@code null}
     * (a missing group value, served as an absent key).
     */
    record Aggregates(List<String> names, List<Object[]> rows) implements QueryResult {
        public Aggregates {
            names = List.copyOf(names);
            rows = List.copyOf(rows);
        }
    }
}
