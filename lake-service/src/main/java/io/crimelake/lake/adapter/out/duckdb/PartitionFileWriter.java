package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lake.application.port.out.WrittenPartition;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;

/**
 * Has DuckDB write the changed partitions' new files straight from the merge tables, so no row passes through
 * Java: one parallel pass spreads the rows by partition, then each partition's file is sorted and written on
 * its own connection, as many at once as DuckDB has threads.
 */
final class PartitionFileWriter {
    private final String dataset;
    private final DuckDbSql sql;
    private final DuckDBConnection connection;
    private final Map<String, String> metadata;

    PartitionFileWriter(String dataset, DuckDbSql sql, Connection connection, Map<String, String> metadata)
            throws SQLException {
        this.dataset = dataset;
        this.sql = sql;
        this.connection = connection.unwrap(DuckDBConnection.class);
        this.metadata = metadata;
    }

    /** One file per changed partition that still has rows, written under {@code work}. */
    List<WrittenPartition> writeChangedPartitions(Path work) throws SQLException, IOException {
        Path spread = work.resolve("spread");
        Path files = Files.createDirectories(work.resolve("partitions"));
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.copyChangedRowsByPartition(spread));
        }
        List<Future<WrittenPartition>> written = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(threads())) {
            for (Path partition : spreadPartitions(spread)) {
                Path file = files.resolve("part-" + UUID.randomUUID() + ".parquet");
                written.add(writers.submit(() -> write(partition, file)));
            }
        }
        List<WrittenPartition> result = new ArrayList<>();
        for (Future<WrittenPartition> partition : written) {
            result.add(result(partition));
        }
        return result;
    }

    private WrittenPartition write(Path spreadRows, Path file) throws SQLException, IOException {
        try (Connection own = connection.duplicate();
                Statement statement = own.createStatement()) {
            statement.execute(sql.copyPartition(spreadRows, file, metadata));
            try (ResultSet statistics = statement.executeQuery(sql.fileStatistics(file))) {
                statistics.next();
                LocalDateTime minDate = statistics.getObject(2, LocalDateTime.class);
                return new WrittenPartition(
                        PartitionKey.of(dataset, minDate),
                        file,
                        statistics.getLong(1),
                        Files.size(file),
                        minDate,
                        statistics.getObject(3, LocalDateTime.class),
                        statistics.getLong(4),
                        statistics.getLong(5),
                        sha256(file));
            }
        }
    }

    private int threads() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet threads = statement.executeQuery("SELECT current_setting('threads')")) {
            threads.next();
            return Math.max(1, threads.getInt(1));
        }
    }

    // partition_year=YYYY/partition_month=M: only changed partitions with at least one row have a folder.
    private static List<Path> spreadPartitions(Path spread) throws IOException {
        if (!Files.isDirectory(spread)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.find(
                spread,
                2,
                (path, attributes) -> attributes.isDirectory()
                        && path.getFileName().toString().startsWith("partition_month="))) {
            return folders.sorted().toList();
        }
    }

    private static WrittenPartition result(Future<WrittenPartition> partition) throws SQLException, IOException {
        try {
            return partition.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing partition files", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SQLException sqlFailure -> throw sqlFailure;
                case IOException ioFailure -> throw ioFailure;
                case UncheckedIOException ioFailure -> throw ioFailure.getCause();
                case RuntimeException failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
