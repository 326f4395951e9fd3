package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lake.application.port.out.MergeOutcome;
import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.application.port.out.WrittenPartition;
import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A batch loaded into temporary tables of its own DuckDB connection, merged in SQL and written by Java. */
final class DuckDbMergeSession<R> implements MergeSession {
    private final DatasetDefinition<R> definition;
    private final DuckDbSql sql;
    private final Connection connection;
    private final Path workFolder;

    DuckDbMergeSession(DatasetDefinition<R> definition, Connection connection, Path workFolder) {
        this.definition = definition;
        this.sql = new DuckDbSql(definition);
        this.connection = connection;
        this.workFolder = workFolder;
    }

    void load(List<Path> batchFiles) throws SQLException {
        execute(sql.loadBatch(batchFiles));
    }

    @Override
    public Set<PartitionKey> batchPartitions() {
        return partitions(sql.batchPartitions());
    }

    @Override
    public boolean hasIdBetween(long low, long high) {
        try (PreparedStatement statement = connection.prepareStatement(sql.hasIdBetween())) {
            statement.setLong(1, low);
            statement.setLong(2, high);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw failure("checking batch ids", e);
        }
    }

    @Override
    public Set<PartitionKey> partitionsHoldingBatchIds(Map<PartitionKey, Path> currentFiles) {
        if (currentFiles.isEmpty()) {
            return Set.of();
        }
        Map<String, PartitionKey> byPath = currentFiles.entrySet().stream()
                .collect(Collectors.toMap(entry -> DuckDbSql.path(entry.getValue()), Map.Entry::getKey));
        Set<PartitionKey> holding = new HashSet<>();
        query(sql.filesHoldingBatchIds(currentFiles.values()), rows -> holding.add(byPath.get(rows.getString(1))));
        return holding;
    }

    @Override
    public MergeOutcome merge(Map<PartitionKey, Path> currentFiles) {
        try {
            execute(sql.loadCurrent(currentFiles.values()));
            execute(sql.collectChanges());
            execute(sql.merge());
            execute(sql.collectChangedPartitions());
            MergeCounts counts = counts();
            Set<PartitionKey> changed = partitions(sql.changedPartitions());
            List<WrittenPartition> written = writeChangedPartitions();
            Set<PartitionKey> emptied = new HashSet<>(changed);
            written.forEach(partition -> emptied.remove(partition.partition()));
            return new MergeOutcome(counts, written, emptied);
        } catch (SQLException e) {
            throw failure("merging the batch", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write merged partition files in " + workFolder, e);
        }
    }

    private MergeCounts counts() {
        long[] counts = new long[3];
        query(sql.counts(), rows -> {
            counts[0] = rows.getLong("inserted");
            counts[1] = rows.getLong("updated");
            counts[2] = rows.getLong("total");
        });
        return new MergeCounts(counts[0], counts[1], counts[2] - counts[0] - counts[1]);
    }

    private List<WrittenPartition> writeChangedPartitions() throws SQLException, IOException {
        var rows = new ResultSetRows<>(definition);
        List<String> columns = definition.columns().stream().map(Column::name).toList();
        int keyIndex = columns.indexOf(definition.keyColumn()) + 1;
        int dateIndex = columns.indexOf(definition.partitionColumn()) + 1;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql.changedRows());
                var writer = new PartitionFileWriter<R>(definition, workFolder)) {
            while (result.next()) {
                R record = rows.current(result);
                writer.write(record, result.getLong(keyIndex), result.getObject(dateIndex, LocalDateTime.class));
            }
            return writer.finish();
        }
    }

    private Set<PartitionKey> partitions(String query) {
        Set<PartitionKey> partitions = new HashSet<>();
        query(query, rows -> partitions.add(new PartitionKey(definition.name(), rows.getInt(1), rows.getInt(2))));
        return Set.copyOf(partitions);
    }

    private interface RowHandler {
        void accept(ResultSet rows) throws SQLException;
    }

    private void query(String query, RowHandler handler) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                handler.accept(rows);
            }
        } catch (SQLException e) {
            throw failure("querying the merge tables", e);
        }
    }

    private void execute(String statementSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statementSql);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("DuckDB failed " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing its connection", e);
        }
    }
}
