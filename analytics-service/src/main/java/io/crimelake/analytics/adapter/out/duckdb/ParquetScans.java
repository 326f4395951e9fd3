package io.crimelake.analytics.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads each snapshot straight from its Parquet files; nothing to prepare, so a switch is instant. */
public final class ParquetScans implements ScanSource {
    private final QueryExecutor executor;

    public ParquetScans(QueryExecutor executor) {
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public void prepare(Snapshot snapshot) {
        // Parquet files are read as they are: there is nothing to build before a switch.
    }

    @Override
    public <T> T query(Snapshot snapshot, Function<Scan, SqlQuery> build, ResultReader<T> reader) {
        return executor.query(build.apply(scan(snapshot)), reader);
    }

    /** The scan of the snapshot's files, also used by exports, which rely on their month-by-month order. */
    static Scan scan(Snapshot snapshot) {
        // DuckDB's 'week' truncation is the ISO week, which starts on Monday.
        return new Scan(
                relation(snapshot.files()),
                "hour(date)",
                "isodow(date)",
                "CAST(date AS DATE)",
                "date_trunc('week', date)");
    }

    /**
     * The files as a relation. Paths come from the snapshot source, never from a request, and are quoted as SQL
     * string literals; listing them sorted (year=/month= folders) keeps exports in time order.
     */
    static String relation(List<Path> files) {
        String list = files.stream()
                .map(Path::toAbsolutePath)
                .map(Path::toString)
                .sorted()
                .map(path -> "'" + path.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        // union_by_name: files written by different CrimeLake versions may have gained or lost a column; without
        // it the first file's schema wins and a later file lacking one of its columns fails every query.
        return "read_parquet(" + list + ", hive_partitioning = true, union_by_name = true,"
                + " hive_types = {'year': 'INTEGER', 'month': 'INTEGER'})";
    }
}
