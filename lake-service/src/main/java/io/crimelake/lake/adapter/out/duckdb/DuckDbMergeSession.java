package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lake.application.port.out.MergeOutcome;
import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.application.port.out.PartitionMerger.StagedFile;
import io.crimelake.lake.application.port.out.WrittenPartition;
import io.crimelake.lake.domain.MergeCounts;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.parquet.LakeFileMetadata;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A batch loaded into temporary tables of its own DuckDB connection, merged in SQL and written by DuckDB. The
 * staged files are read only as the merge needs their columns, so a damaged data page behind an intact footer
 * can surface in any statement; each failure goes through {@link StagedFileFailures} to be told apart.
 */
final class DuckDbMergeSession implements MergeSession {
    private final DatasetDefinition<?> definition;
    private final DuckDbSql sql;
    private final Connection connection;
    private final Path workFolder;
    private final List<StagedFile> batch;
    private final StagedFileFailures failures;

    DuckDbMergeSession(
            DatasetDefinition<?> definition, Connection connection, Path workFolder, List<StagedFile> batch) {
        this.definition = definition;
        this.sql = new DuckDbSql(definition);
        this.connection = connection;
        this.workFolder = workFolder;
        this.batch = List.copyOf(batch);
        this.failures = new StagedFileFailures(this.batch, sql, connection);
    }

    void load() {
        try {
            execute(sql.viewStaged(batch.stream().map(StagedFile::localCopy).toList()));
            execute(sql.collectSupersededCopies());
            long[] superseded = new long[1];
            query(sql.countSupersededCopies(), rows -> superseded[0] = rows.getLong(1));
            execute(superseded[0] == 0 ? sql.viewBatchWithoutRepeats() : sql.viewBatch());
        } catch (SQLException e) {
            throw failures.explain("loading the batch", e);
        }
    }

    @Override
    public Set<PartitionKey> batchPartitions() {
        return partitions(sql.batchPartitions());
    }

    @Override
    public Set<PartitionKey> idRangesHoldingBatchIds(Collection<PartitionFile> files) {
        if (files.isEmpty()) {
            return Set.of();
        }
        List<PartitionFile> indexed = List.copyOf(files);
        String ranges = IntStream.range(0, indexed.size())
                .mapToObj(index -> "(%d, %d, %d)"
                        .formatted(
                                index,
                                indexed.get(index).minId(),
                                indexed.get(index).maxId()))
                .collect(Collectors.joining(", "));
        Set<PartitionKey> holding = new HashSet<>();
        query(
                sql.rangesHoldingBatchIds(ranges),
                rows -> holding.add(indexed.get(rows.getInt(1)).partition()));
        return holding;
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
            execute(currentFiles.isEmpty() ? sql.everyBatchRowWins() : sql.collectWinners());
            MergeCounts counts = counts();
            execute(sql.collectChangedPartitions());
            Set<PartitionKey> changed = partitions(sql.changedPartitions());
            if (changed.isEmpty()) {
                return new MergeOutcome(counts, List.of(), Set.of());
            }
            var writer = new PartitionFileWriter(definition.name(), sql, connection, LakeFileMetadata.of(definition));
            List<WrittenPartition> written = writer.writeChangedPartitions(workFolder.resolve("merge"));
            Set<PartitionKey> emptied = new HashSet<>(changed);
            for (WrittenPartition partition : written) {
                if (!emptied.remove(partition.partition())) {
                    throw new IllegalStateException("DuckDB wrote more than one file, or an unexpected one, for "
                            + partition.partition().path());
                }
            }
            return new MergeOutcome(counts, written, emptied);
        } catch (SQLException e) {
            throw failures.explain("merging the batch", e);
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
            throw failures.explain("querying the merge tables", e);
        }
    }

    private void execute(String statementSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statementSql);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed closing its connection: " + e.getMessage(), e);
        }
    }
}
