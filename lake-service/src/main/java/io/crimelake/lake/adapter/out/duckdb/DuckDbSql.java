package io.crimelake.lake.adapter.out.duckdb;

import static java.util.stream.Collectors.joining;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The SQL of a merge, generated from a dataset definition: which row of an id wins, and which columns count
 * as content rather than lineage.
 */
final class DuckDbSql {
    static final String VERSION_COLUMN = "updated_on";
    static final String RUN_TIME_COLUMN = "ingested_at";
    static final String RUN_ID_COLUMN = "ingest_run_id";
    private static final String NEWEST_FIRST = identifier(VERSION_COLUMN) + " DESC NULLS LAST, "
            + identifier(RUN_TIME_COLUMN) + " DESC, " + identifier(RUN_ID_COLUMN) + " DESC";
    private static final Set<String> LINEAGE = Set.of(RUN_TIME_COLUMN, RUN_ID_COLUMN);

    private final List<String> columns;
    private final String key;
    private final String date;

    DuckDbSql(DatasetDefinition<?> definition) {
        columns = definition.columns().stream().map(Column::name).toList();
        for (String required : List.of(VERSION_COLUMN, RUN_TIME_COLUMN, RUN_ID_COLUMN)) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(
                        "dataset '" + definition.name() + "' has no '" + required + "' column to merge by");
            }
        }
        key = identifier(definition.keyColumn());
        date = identifier(definition.partitionColumn());
    }

    /** Newest version first; on a tie the later run, then the later staged page and row. */
    String loadBatch(Collection<Path> files) {
        return "CREATE TEMP TABLE batch AS SELECT " + list("") + " FROM read_parquet(" + paths(files)
                + ", hive_partitioning = false, union_by_name = true, filename = true, file_row_number = true) QUALIFY row_number() OVER"
                + " (PARTITION BY " + key + " ORDER BY " + NEWEST_FIRST + ", filename DESC, file_row_number DESC) = 1";
    }

    String loadCurrent(Collection<Path> files) {
        if (files.isEmpty()) {
            return "CREATE TEMP TABLE current_rows AS SELECT * FROM batch WHERE false";
        }
        return "CREATE TEMP TABLE current_rows AS SELECT " + list("") + " FROM read_parquet(" + paths(files)
                + ", hive_partitioning = false)";
    }

    /** Batch rows whose content differs from the stored row; a lineage-only difference is no change. */
    String collectChanges() {
        String differs = columns.stream()
                .filter(column -> !LINEAGE.contains(column))
                .map(DuckDbSql::identifier)
                .map(column -> "b." + column + " IS DISTINCT FROM c." + column)
                .collect(joining(" OR "));
        return "CREATE TEMP TABLE changes AS SELECT " + list("b.") + " FROM batch b LEFT JOIN current_rows c ON c."
                + key + " = b." + key + " WHERE c." + key + " IS NULL OR " + differs;
    }

    String merge() {
        return "CREATE TEMP TABLE merged AS SELECT * FROM (SELECT " + list("") + ", 0 AS src FROM current_rows"
                + " UNION ALL SELECT " + list("") + ", 1 AS src FROM changes) QUALIFY row_number() OVER (PARTITION BY "
                + key + " ORDER BY " + NEWEST_FIRST + ", src DESC) = 1";
    }

    String counts() {
        return "SELECT count(*) FILTER (WHERE c." + key + " IS NULL) AS inserted, count(*) FILTER (WHERE c." + key
                + " IS NOT NULL AND m.src = 1) AS updated, count(*) AS total FROM batch b LEFT JOIN current_rows c ON c."
                + key + " = b." + key + " JOIN merged m ON m." + key + " = b." + key;
    }

    /** Partitions gaining a batch row, and partitions a replaced row moves away from. */
    String collectChangedPartitions() {
        return "CREATE TEMP TABLE changed AS SELECT DISTINCT year(" + date + ") AS y, month(" + date
                + ") AS m FROM merged WHERE src = 1 UNION SELECT DISTINCT year(c." + date + "), month(c." + date
                + ") FROM current_rows c JOIN merged m ON m." + key + " = c." + key + " WHERE m.src = 1";
    }

    String changedPartitions() {
        return "SELECT y, m FROM changed";
    }

    String changedRows() {
        return "SELECT " + list("r.") + " FROM merged r JOIN changed p ON year(r." + date + ") = p.y AND month(r."
                + date + ") = p.m ORDER BY r." + date + ", r." + key;
    }

    String batchPartitions() {
        return "SELECT DISTINCT year(" + date + ") AS y, month(" + date + ") AS m FROM batch";
    }

    String hasIdBetween() {
        return "SELECT EXISTS (SELECT 1 FROM batch WHERE " + key + " BETWEEN ? AND ?)";
    }

    String filesHoldingBatchIds(Collection<Path> files) {
        return "SELECT DISTINCT filename FROM read_parquet(" + paths(files)
                + ", hive_partitioning = false, filename = true) WHERE " + key + " IN (SELECT " + key
                + " FROM batch)";
    }

    static String quote(String text) {
        return text.replace("'", "''");
    }

    // Quoted, since columns such as "date" and "year" are also SQL keywords.
    static String identifier(String column) {
        return '"' + column + '"';
    }

    static String path(Path file) {
        return file.toAbsolutePath().toString();
    }

    private String list(String prefix) {
        return columns.stream().map(column -> prefix + identifier(column)).collect(joining(", "));
    }

    private static String paths(Collection<Path> files) {
        return files.stream().map(file -> "'" + quote(path(file)) + "'").collect(joining(", ", "[", "]"));
    }
}
