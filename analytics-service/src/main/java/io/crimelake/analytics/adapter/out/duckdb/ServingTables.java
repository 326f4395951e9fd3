package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves each snapshot from a table in the persistent DuckDB database with precomputed {@code day},
 * {@code hour}, {@code dow} and {@code week} columns: measured 2-6x faster than Parquet for full-history
 * aggregates.
 *
 * <p>A snapshot's table is built before the switch, from the previous snapshot's table for partitions whose
 * file did not change and from Parquet only for changed partitions; queries name the table of the snapshot
 * they pinned, so a switch is atomic. The previous table is kept for queries still running on it, older ones
 * are dropped. A snapshot without a table (never prepared) is read from Parquet.
 */
public final class ServingTables implements ScanSource {
    private static final Logger log = LoggerFactory.getLogger(ServingTables.class);
    private static final String PREFIX = "crimes_";
    private static final String DERIVED_COLUMNS = ", CAST(date AS DATE) AS day, hour(date)::TINYINT AS hour,"
            + " isodow(date)::TINYINT AS dow, CAST(date_trunc('week', date) AS DATE) AS week";
    private static final int KEPT_TABLES = 2;

    private final QueryExecutor executor;
    private final ParquetScans parquet = new ParquetScans();
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    private final Deque<Snapshot> kept = new ArrayDeque<>();

    public ServingTables(QueryExecutor executor) {
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public Scan scan(Snapshot snapshot) {
        if (!ready.contains(snapshot.id())) {
            return parquet.scan(snapshot);
        }
        return new Scan(quoted(tableName(snapshot)), "hour", "dow", "day", "week");
    }

    @Override
    public synchronized void prepare(Snapshot snapshot) {
        if (ready.contains(snapshot.id())) {
            return;
        }
        if (!existingTables().contains(tableName(snapshot))) {
            long start = System.nanoTime();
            executor.execute(new SqlQuery(buildStatement(snapshot, kept.peekLast()), List.of()));
            log.info(
                    "Serving table for snapshot {} built in {} ms",
                    snapshot.id(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        log.info("Serving snapshot {} from its table", snapshot.id());
        ready.add(snapshot.id());
        kept.addLast(snapshot);
        while (kept.size() > KEPT_TABLES) {
            ready.remove(kept.removeFirst().id());
        }
        dropTablesOtherThan(kept.stream().map(ServingTables::tableName).toList());
    }

    private String buildStatement(Snapshot snapshot, Snapshot previous) {
        String create = "CREATE OR REPLACE TABLE " + quoted(tableName(snapshot)) + " AS ";
        if (previous == null) {
            return create + "SELECT *" + DERIVED_COLUMNS + " FROM " + ParquetScans.relation(snapshot);
        }
        PartitionChanges changes = PartitionChanges.between(previous.files(), snapshot.files());
        String unchanged = "SELECT * FROM " + quoted(tableName(previous))
                + (changes.replaced().isEmpty() ? "" : " WHERE year * 100 + month NOT IN " + changes.replacedList());
        if (changes.newFiles().isEmpty()) {
            return create + unchanged;
        }
        Snapshot changed = new Snapshot(snapshot.id(), snapshot.committedAt(), changes.newFiles());
        // BY NAME: the Parquet scan and the table may order their columns differently.
        return create + unchanged + " UNION ALL BY NAME SELECT *" + DERIVED_COLUMNS + " FROM "
                + ParquetScans.relation(changed);
    }

    private List<String> existingTables() {
        return executor.query(
                new SqlQuery(
                        "SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, ?)", List.of(PREFIX)),
                rows(result -> result.getString(1)));
    }

    private void dropTablesOtherThan(List<String> keep) {
        for (String table : existingTables()) {
            if (!keep.contains(table)) {
                executor.execute(new SqlQuery("DROP TABLE IF EXISTS " + quoted(table), List.of()));
            }
        }
    }

    /**
     * The snapshot's table: its id (from the snapshot source, never a request; anything but letters and digits
     * becomes '_') and a digest of its files, so a lake rebuilt from scratch never reuses a stale table.
     */
    static String tableName(Snapshot snapshot) {
        int files =
                snapshot.files().stream().map(Path::toString).sorted().toList().hashCode();
        return PREFIX + snapshot.id().replaceAll("[^A-Za-z0-9]", "_") + "_" + Integer.toHexString(files);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
