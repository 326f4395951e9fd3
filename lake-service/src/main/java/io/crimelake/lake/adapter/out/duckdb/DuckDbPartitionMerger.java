package io.crimelake.lake.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import io.crimelake.lake.application.port.out.MergeSession;
import io.crimelake.lake.application.port.out.PartitionMerger;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges batches with DuckDB in-process; checks every staged file's footer against the dataset's schema first,
 * and leaves damage inside the data pages to be found, and named, by the merge that reads them anyway.
 */
public final class DuckDbPartitionMerger implements PartitionMerger {
    private final DuckDbDatabase database;
    private final Map<String, DatasetDefinition<?>> definitions;

    public DuckDbPartitionMerger(DuckDbDatabase database, List<DatasetDefinition<?>> definitions) {
        this.database = requireNonNull(database, "database is null");
        this.definitions = definitions.stream()
                .collect(Collectors.toUnmodifiableMap(DatasetDefinition::name, Function.identity()));
    }

    @Override
    public MergeSession open(String dataset, List<StagedFile> batch, Path workFolder) {
        DatasetDefinition<?> definition = definitions.get(dataset);
        if (definition == null) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "'");
        }
        batch.forEach(file -> requireReadable(definition, file));
        var session = new DuckDbMergeSession(definition, connect(), workFolder, batch);
        try {
            session.load();
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    // The footer and schema check catches truncated files and foreign schemas with the file's name.
    private static void requireReadable(DatasetDefinition<?> definition, StagedFile file) {
        try (var reader = LakeParquetReader.open(definition, file.localCopy())) {
            // Opening reads the footer and compares the schema; the rows are DuckDB's to read.
        } catch (IOException | RuntimeException e) {
            throw StagedFileFailures.unreadable(file, e.getMessage(), e);
        }
    }

    private Connection connect() {
        try {
            return database.connect();
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a DuckDB connection: " + e.getMessage(), e);
        }
    }
}
