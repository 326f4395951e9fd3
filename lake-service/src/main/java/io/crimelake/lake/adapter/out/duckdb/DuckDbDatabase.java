package io.crimelake.lake.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * The process's one in-memory DuckDB database, bounded in memory and threads; each merge works on its own
 * duplicated connection, since opening a database per merge costs time and caches.
 */
public final class DuckDbDatabase implements AutoCloseable {
    private final DuckDBConnection root;

    /**
     * @param memoryLimit a DuckDB size such as {@code 512MB}; larger merges spill to {@code spillFolder}
     * @param threads worker threads for one query
     */
    public DuckDbDatabase(String memoryLimit, int threads, Path spillFolder) throws SQLException {
        requireNonNull(memoryLimit, "memoryLimit is null");
        requireNonNull(spillFolder, "spillFolder is null");
        if (!memoryLimit.matches("[0-9]+(\\.[0-9]+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("memory limit must look like 512MB or 1GiB: " + memoryLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try {
            execute("SET memory_limit = '" + memoryLimit + "'");
            execute("SET threads = " + threads);
            execute("SET temp_directory = '"
                    + DuckDbSql.quote(spillFolder.toAbsolutePath().toString()) + "'");
        } catch (SQLException e) {
            root.close();
            throw e;
        }
    }

    /** A new connection to the shared database; temporary tables are private to it. */
    Connection connect() throws SQLException {
        return root.duplicate();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = root.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        root.close();
    }
}
