package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads each snapshot straight from its Parquet files; nothing to prepare, so a switch is instant. */
public final class ParquetScans implements ScanSource {

    @Override
    public void prepare(Snapshot snapshot) {
        // Parquet files are read as they are: there is nothing to build before a switch.
    }

    @Override
    public Scan scan(Snapshot snapshot) {
        // DuckDB's 'week' truncation is the ISO week, which starts on Monday.
        return new Scan(
                relation(snapshot), "hour(date)", "isodow(date)", "CAST(date AS DATE)", "date_trunc('week', date)");
    }

    /**
     * The scan of the snapshot's files. Paths come from the snapshot source, never from a request, and are
     * quoted as SQL string literals; listing them sorted (year=/month= folders) keeps exports in time order.
     */
    static String relation(Snapshot snapshot) {
        String files = snapshot.files().stream()
                .map(Path::toAbsolutePath)
                .map(Path::toString)
                .sorted()
                .map(path -> "'" + path.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        return "read_parquet(" + files
                + ", hive_partitioning = true, hive_types = {'year': 'INTEGER', 'month': 'INTEGER'})";
    }
}
