package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the current snapshot from one table in the persistent DuckDB database with precomputed {@code day},
 * {@code hour}, {@code dow} and {@code week} columns: measured 2-6x faster than Parquet for full-history
 * aggregates.
 *
 * <p>A new snapshot refreshes the table in place, in one transaction: the rows of changed or removed partitions
 * are deleted, those of changed or added partitions inserted from Parquet, and the snapshot the table holds
 * recorded beside them; the per-partition summaries behind {@code /meta} ({@link PartitionSummaries}) are
 * refreshed for the same partitions in the same transaction. A query reads the table only after checking, in its
 * own transaction, that it holds the query's snapshot (DuckDB's MVCC keeps that view while a refresh commits); any
 * other snapshot, such as a new one while its refresh runs or the previous one after it, is read from its Parquet
 * files with the same answers.
 */
public final class ServingTable implements ScanSource {
    private static final Logger log = LoggerFactory.getLogger(ServingTable.class);
    private static final String TABLE = "crimes";
    private static final Scan SCAN = new Scan(TABLE, "hour", "dow", "day", "week");
    private static final String ROWS_FROM_PARQUET = "SELECT *, CAST(date AS DATE) AS day, hour(date)::TINYINT AS hour,"
            + " isodow(date)::TINYINT AS dow, CAST(date_trunc('week', date) AS DATE) AS week FROM ";
    private static final Set<String> DERIVED = Set.of("day", "hour", "dow", "week");
    private static final List<String> TABLES =
            List.of(TABLE, "crimes_snapshot", "crimes_files", PartitionSummaries.TABLE);

    private final QueryExecutor executor;
    private final ParquetScans parquet;
    /** The snapshot the committed table holds; read without a lock by queries, as a hint checked in SQL. */
    private volatile String servedKey;

    public ServingTable(QueryExecutor executor) {
        this.executor = requireNonNull(executor, "executor is null");
        this.parquet = new ParquetScans(executor);
    }

    @Override
    public <T> T query(Snapshot snapshot, Function<Scan, SqlQuery> build, ResultReader<T> reader) {
        return queryTable(snapshot, build.apply(SCAN), reader).orElseGet(() -> parquet.query(snapshot, build, reader));
    }

    @Override
    public <T> Optional<T> querySummaries(Snapshot snapshot, SqlQuery query, ResultReader<T> reader) {
        return queryTable(snapshot, query, reader);
    }

    /** Runs {@code query} on the tables if, in the same transaction, they hold {@code snapshot}. */
    private <T> Optional<T> queryTable(Snapshot snapshot, SqlQuery query, ResultReader<T> reader) {
        String key = servingKey(snapshot);
        if (!key.equals(servedKey)) {
            return Optional.empty();
        }
        SqlQuery holdsSnapshot =
                new SqlQuery("SELECT count(*) = 1 FROM crimes_snapshot WHERE serving_key = ?", List.of(key));
        return executor.queryIf(holdsSnapshot, query, reader);
    }

    @Override
    public synchronized void prepare(Snapshot snapshot) {
        String key = servingKey(snapshot);
        if (servedKey == null) {
            executor.executeInTransaction(List.of(
                    new SqlQuery(
                            "CREATE TABLE IF NOT EXISTS crimes_snapshot (serving_key VARCHAR NOT NULL)", List.of()),
                    new SqlQuery("CREATE TABLE IF NOT EXISTS crimes_files (file VARCHAR NOT NULL)", List.of())));
            servedKey = storedKey().orElse("");
            if (!servedKey.isEmpty() && !tables().contains(PartitionSummaries.TABLE)) {
                // A table kept from a version without summaries: summarise the snapshot it holds.
                executor.executeInTransaction(List.of(PartitionSummaries.build()));
            }
            if (servedKey.equals(key)) {
                log.info("Serving snapshot {} from its table, kept from before the restart", snapshot.id());
            }
        }
        if (key.equals(servedKey)) {
            return;
        }
        long start = System.nanoTime();
        List<SqlQuery> statements = servedKey.isEmpty() ? build(snapshot) : refresh(snapshot);
        statements.add(new SqlQuery("DELETE FROM crimes_snapshot", List.of()));
        statements.add(new SqlQuery("INSERT INTO crimes_snapshot VALUES (?)", List.of(key)));
        statements.add(new SqlQuery("DELETE FROM crimes_files", List.of()));
        statements.add(recordFiles(snapshot));
        executor.executeInTransaction(statements);
        servedKey = key;
        log.info(
                "Serving table for snapshot {} built in {} ms", snapshot.id(), (System.nanoTime() - start) / 1_000_000);
        log.info("Serving snapshot {} from its table", snapshot.id());
    }

    private List<SqlQuery> build(Snapshot snapshot) {
        log.info("Building the serving table for snapshot {} from all its files", snapshot.id());
        List<SqlQuery> statements = new ArrayList<>();
        statements.add(new SqlQuery(
                "CREATE OR REPLACE TABLE " + TABLE + " AS " + ROWS_FROM_PARQUET
                        + ParquetScans.relation(snapshot.files()),
                List.of()));
        statements.add(PartitionSummaries.build());
        // Tables of the earlier layout (one per snapshot) in the same database file.
        for (String table : otherTables()) {
            statements.add(new SqlQuery("DROP TABLE \"" + table.replace("\"", "\"\"") + "\"", List.of()));
        }
        return statements;
    }

    private List<SqlQuery> refresh(Snapshot snapshot) {
        PartitionChanges changes = PartitionChanges.between(storedFiles(), snapshot.files());
        Optional<String> schemaChange = schemaChange(changes.newFiles());
        if (schemaChange.isPresent()) {
            // An in-place INSERT cannot add a column or change a type: it would fail on every poll.
            log.warn(
                    "Rebuilding the serving table from all files of snapshot {} instead of refreshing it in place: {}",
                    snapshot.id(),
                    schemaChange.get());
            return build(snapshot);
        }
        log.info(
                "Refreshing {} changed partitions of the serving table in place for snapshot {}",
                changes.replaced().size(),
                snapshot.id());
        List<SqlQuery> statements = new ArrayList<>();
        if (!changes.replaced().isEmpty()) {
            statements.add(new SqlQuery(
                    "DELETE FROM " + TABLE + " WHERE year * 100 + month IN " + changes.replacedList(), List.of()));
        }
        if (!changes.newFiles().isEmpty()) {
            // BY NAME: the Parquet scan and the table may order their columns differently.
            statements.add(new SqlQuery(
                    "INSERT INTO " + TABLE + " BY NAME " + ROWS_FROM_PARQUET
                            + ParquetScans.relation(changes.newFiles()),
                    List.of()));
        }
        statements.addAll(PartitionSummaries.refresh(changes));
        return statements;
    }

    /**
     * Why the new files cannot be inserted into the table as it is: a column it lacks or one of another type.
     * Columns the new files lack are fine: {@code INSERT ... BY NAME} leaves them NULL, as the Parquet scan's
     * {@code union_by_name} does.
     */
    private Optional<String> schemaChange(List<Path> newFiles) {
        if (newFiles.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> table = columns(TABLE);
        for (Map.Entry<String, String> column :
                columns(ParquetScans.relation(newFiles)).entrySet()) {
            String type = table.get(column.getKey());
            if (type == null) {
                return Optional.of("the new files add column " + column.getKey() + " " + column.getValue());
            }
            if (!type.equals(column.getValue())) {
                return Optional.of("column " + column.getKey() + " is " + column.getValue() + " in the new files but "
                        + type + " in the table");
            }
        }
        return Optional.empty();
    }

    /** Column names (lower case, as DuckDB matches them) and types of a relation, without the derived ones. */
    private Map<String, String> columns(String relation) {
        return executor.query(new SqlQuery("DESCRIBE SELECT * FROM " + relation, List.of()), result -> {
            Map<String, String> columns = new HashMap<>();
            while (result.next()) {
                String name = result.getString("column_name").toLowerCase(Locale.ROOT);
                if (!DERIVED.contains(name)) {
                    columns.put(name, result.getString("column_type"));
                }
            }
            return columns;
        });
    }

    /** Records the files the table now holds, which the next refresh compares partition by partition. */
    private static SqlQuery recordFiles(Snapshot snapshot) {
        SqlQuery.Builder files = new SqlQuery.Builder().sql("INSERT INTO crimes_files VALUES ");
        for (int i = 0; i < snapshot.files().size(); i++) {
            files.sql(i == 0 ? "(" : ", (")
                    .bind(snapshot.files().get(i).toString())
                    .sql(")");
        }
        return files.build();
    }

    private Optional<String> storedKey() {
        return executor
                .query(
                        new SqlQuery("SELECT serving_key FROM crimes_snapshot", List.of()),
                        rows(result -> result.getString(1)))
                .stream()
                .findFirst();
    }

    private List<String> otherTables() {
        return tables().stream().filter(table -> !TABLES.contains(table)).toList();
    }

    private List<String> tables() {
        return executor.query(
                new SqlQuery("SELECT table_name FROM duckdb_tables()", List.of()), rows(result -> result.getString(1)));
    }

    private List<Path> storedFiles() {
        return executor.query(
                new SqlQuery("SELECT file FROM crimes_files", List.of()), rows(result -> Path.of(result.getString(1))));
    }

    /**
     * What identifies a snapshot's rows: its id and a digest of its files, so a lake rebuilt from scratch whose ids
     * start over is never taken for the one the table holds.
     */
    static String servingKey(Snapshot snapshot) {
        int files =
                snapshot.files().stream().map(Path::toString).sorted().toList().hashCode();
        return snapshot.id() + "/" + Integer.toHexString(files);
    }
}
