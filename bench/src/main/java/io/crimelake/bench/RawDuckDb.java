package io.crimelake.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB in the benchmark's own JVM over a snapshot's Parquet files: what each question costs with no HTTP,
 * JSON, cache or serving layout, for the ratio to the service's answer time.
 */
final class RawDuckDb implements AutoCloseable {
    private final Connection connection;
    private final String relation;

    RawDuckDb(List<Path> files, int threads) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + threads);
        }
        this.relation = files.stream()
                        .map(path -> "'" + path.toAbsolutePath().toString().replace("'", "''") + "'")
                        .sorted()
                        .collect(Collectors.joining(", ", "read_parquet([", "], hive_partitioning = true,"))
                + " hive_types = {'year': 'INTEGER', 'month': 'INTEGER'})";
    }

    /** The first and the last day with incidents. */
    LocalDate[] dateRange() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT CAST(min(date) AS DATE)::VARCHAR, CAST(max(date) AS DATE)::VARCHAR FROM " + relation)) {
            rows.next();
            return new LocalDate[] {LocalDate.parse(rows.getString(1)), LocalDate.parse(rows.getString(2))};
        }
    }

    /** Milliseconds per run of the query's statements, after {@code warmUps} untimed runs. */
    double[] time(DashboardQuery query, int warmUps, int samples) throws SQLException {
        List<String> statements = query.rawStatements(relation);
        for (int i = 0; i < warmUps; i++) {
            run(statements);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            run(statements);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private void run(List<String> statements) throws SQLException {
        for (String sql : statements) {
            // One statement per query: DuckDB closes a statement that threw.
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
