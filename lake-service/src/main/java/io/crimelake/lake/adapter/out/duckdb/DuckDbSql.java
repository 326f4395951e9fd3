package io.crimelake.lake.adapter.out.duckdb;

import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toUnmodifiableSet;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of a merge, generated from a dataset definition: which row of an id wins, which columns count as
 * content rather than lineage, and how DuckDB writes the partition files.
 */
final class DuckDbSql {
    static final String VERSION_COLUMN = "updated_on";
    static final String RUN_TIME_COLUMN = "ingested_at";
    static final String RUN_ID_COLUMN = "ingest_run_id";
    private static final String NEWEST_FIRST = identifier(VERSION_COLUMN) + " DESC NULLS LAST, "
            + identifier(RUN_TIME_COLUMN) + " DESC, " + identifier(RUN_ID_COLUMN) + " DESC";
    private static final Set<String> LINEAGE = Set.of(RUN_TIME_COLUMN, RUN_ID_COLUMN);

    private final List<String> columns;
    private final Set<String> nullable;
    private final String key;
    private final String date;

    DuckDbSql(DatasetDefinition<?> definition) {
        columns = definition.columns().stream().map(Column::name).toList();
        nullable = definition.columns().stream()
                .filter(Column::nullable)
                .map(Column::name)
                .collect(toUnmodifiableSet());
        for (String required : List.of(VERSION_COLUMN, RUN_TIME_COLUMN, RUN_ID_COLUMN)) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(
                        "dataset '" + definition.name() + "' has no '" + required + "' column to merge by");
            }
        }
        key = identifier(definition.keyColumn());
        date = identifier(definition.partitionColumn());
    }

    /**
     * The staged rows as a view over the staged files, each row with the file and row it came from: every use
     * reads only the columns it needs, and no copy of a large batch is held in memory or spilled.
     */
    String viewStaged(Collection<Path> files) {
        return "CREATE TEMP VIEW staged AS SELECT " + list("") + ", filename AS staged_file, file_row_number AS"
                + " staged_row FROM read_parquet(" + paths(files) + ", hive_partitioning = false, union_by_name = true,"
                + " filename = true, file_row_number = true)";
    }

    /**
     * The staged rows an id's better copy in the same batch supersedes: newest version first; on a tie the
     * later run, then the later staged page and row. Only ids staged more than once are ranked, so a batch
     * without repeats costs one aggregation of its ids.
     */
    String collectSupersededCopies() {
        return "CREATE TEMP TABLE superseded AS SELECT staged_file, staged_row FROM staged WHERE " + key
                + " IN (SELECT " + key + " FROM staged GROUP BY " + key + " HAVING count(*) > 1) QUALIFY"
                + " row_number() OVER (PARTITION BY " + key + " ORDER BY " + NEWEST_FIRST
                + ", staged_file DESC, staged_row DESC) > 1";
    }

    String countSupersededCopies() {
        return "SELECT count(*) FROM superseded";
    }

    /** One row per id. */
    String viewBatch() {
        return "CREATE TEMP VIEW batch AS SELECT " + list("s.") + " FROM staged s ANTI JOIN superseded d ON"
                + " d.staged_file = s.staged_file AND d.staged_row = s.staged_row";
    }

    /** One row per id, when no id was staged twice: every read of the batch then skips the anti-join. */
    String viewBatchWithoutRepeats() {
        return "CREATE TEMP VIEW batch AS SELECT " + list("") + " FROM staged";
    }

    String loadCurrent(Collection<Path> files) {
        if (files.isEmpty()) {
            return "CREATE TEMP TABLE current_rows AS SELECT " + list("") + " FROM batch WHERE false";
        }
        return "CREATE TEMP TABLE current_rows AS SELECT " + list("") + " FROM read_parquet(" + paths(files)
                + ", hive_partitioning = false)";
    }

    /**
     * The batch rows that enter the lake: ids new to it, and ids whose stored row they replace because their
     * content differs and the stored row is not newer. A replaced row's old partition is kept, since the row
     * leaves it when its date moved month.
     */
    String collectWinners() {
        String differs = columns.stream()
                .filter(column -> !LINEAGE.contains(column))
                .map(DuckDbSql::identifier)
                .map(column -> "b." + column + " IS DISTINCT FROM c." + column)
                .collect(joining(" OR "));
        return "CREATE TEMP TABLE winners AS SELECT " + list("b.") + ", c." + key + " IS NULL AS inserted, year(c."
                + date + ") AS old_year, month(c." + date + ") AS old_month FROM batch b LEFT JOIN current_rows c ON c."
                + key + " = b." + key + " WHERE c." + key + " IS NULL OR ((" + differs + ") AND NOT ("
                + storedIsNewer() + "))";
    }

    /** With no stored row to compare with, every batch row enters; a view spares copying the batch. */
    String everyBatchRowWins() {
        return "CREATE TEMP VIEW winners AS SELECT " + list("") + ", true AS inserted, NULL::INTEGER AS old_year,"
                + " NULL::INTEGER AS old_month FROM batch";
    }

    // NEWEST_FIRST as a predicate: the stored row c sorts strictly before the batch row b; a full tie is the
    // batch's, like a re-sent row of the later run.
    private static String storedIsNewer() {
        String version = identifier(VERSION_COLUMN);
        String runTime = identifier(RUN_TIME_COLUMN);
        String runId = identifier(RUN_ID_COLUMN);
        return "(c." + version + " IS NOT NULL AND (b." + version + " IS NULL OR c." + version + " > b." + version
                + ")) OR (c." + version + " IS NOT DISTINCT FROM b." + version + " AND (c." + runTime + " > b."
                + runTime + " OR (c." + runTime + " = b." + runTime + " AND c." + runId + " > b." + runId + ")))";
    }

    String counts() {
        return "SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated,"
                + " (SELECT count(*) FROM batch) AS total FROM winners";
    }

    /** Partitions gaining a batch row, and partitions a replaced row moves away from. */
    String collectChangedPartitions() {
        return "CREATE TEMP TABLE changed AS SELECT DISTINCT year(" + date + ") AS y, month(" + date + ") AS m FROM"
                + " winners UNION SELECT old_year, old_month FROM winners WHERE NOT inserted";
    }

    String changedPartitions() {
        return "SELECT y, m FROM changed";
    }

    /**
     * Spreads every changed partition's new rows into {@code folder}'s Hive-style subfolders in one parallel
     * pass, unsorted and lightly compressed: its stored rows that no winner replaces, and the winners dated in
     * it.
     */
    String copyChangedRowsByPartition(Path folder) {
        String kept = "SELECT " + list("c.") + " FROM current_rows c SEMI JOIN changed p ON year(c." + date
                + ") = p.y AND month(c." + date + ") = p.m ANTI JOIN (SELECT " + key
                + " FROM winners WHERE NOT inserted) r ON r." + key + " = c." + key;
        String entering = "SELECT " + list("") + " FROM winners";
        return "COPY (SELECT *, year(" + date + ") AS partition_year, month(" + date + ") AS partition_month FROM ("
                + kept + " UNION ALL " + entering + ")) TO '" + quote(path(folder))
                + "' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (partition_year, partition_month))";
    }

    /**
     * Writes one partition's lake file from its spread rows, sorted by date.
     *
     * <p>DuckDB marks a column {@code REQUIRED} exactly when its statistics prove it null-free (and never in a
     * partitioned write, hence this second step), so nullable columns pass through a CASE (statistics: may be
     * null) and required ones through an IS NOT NULL filter (statistics: never null): every file keeps the
     * lake schema's repetition. The filter drops nothing, since the source files declare those columns
     * required.
     */
    String copyPartition(Path spreadRows, Path file, Map<String, String> metadata) {
        String options = metadata.entrySet().stream()
                .map(entry -> "'" + quote(entry.getKey()) + "': '" + quote(entry.getValue()) + "'")
                .collect(joining(", ", "KV_METADATA {", "}"));
        return "COPY (SELECT " + fileColumns() + " FROM read_parquet('" + quote(path(spreadRows))
                + "/*.parquet', hive_partitioning = false) WHERE " + requiredPresent() + " ORDER BY " + date + ", "
                + key + ") TO '" + quote(path(file)) + "' (FORMAT parquet, COMPRESSION zstd, " + options + ")";
    }

    /** Row count and the ranges the manifest records, read back from a written file. */
    String fileStatistics(Path file) {
        return "SELECT count(*), min(" + date + "), max(" + date + "), min(" + key + "), max(" + key
                + ") FROM read_parquet('" + quote(path(file)) + "')";
    }

    /**
     * Decodes every value of a file: hashing each column keeps DuckDB from answering from the footer's
     * statistics, as it does for counts.
     */
    String readEveryValue(Path file) {
        return "SELECT bit_xor(hash(COLUMNS(*))) FROM read_parquet('" + quote(path(file))
                + "', hive_partitioning = false)";
    }

    String batchPartitions() {
        return "SELECT DISTINCT year(" + date + ") AS y, month(" + date + ") AS m FROM batch";
    }

    /** Which of the id ranges, given as rows {@code (partition index, low, high)}, hold a batch id. */
    String rangesHoldingBatchIds(String ranges) {
        return "SELECT DISTINCT r.partition_index FROM (VALUES " + ranges + ") r(partition_index, low, high) JOIN"
                + " batch b ON b." + key + " BETWEEN r.low AND r.high";
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

    private String fileColumns() {
        return columns.stream()
                .map(column -> nullable.contains(column)
                        ? "CASE WHEN " + identifier(column) + " IS NULL THEN NULL ELSE " + identifier(column)
                                + " END AS " + identifier(column)
                        : identifier(column))
                .collect(joining(", "));
    }

    private String requiredPresent() {
        return columns.stream()
                .filter(column -> !nullable.contains(column))
                .map(column -> identifier(column) + " IS NOT NULL")
                .collect(joining(" AND "));
    }

    private static String paths(Collection<Path> files) {
        return files.stream().map(file -> "'" + quote(path(file)) + "'").collect(joining(", ", "[", "]"));
    }
}
