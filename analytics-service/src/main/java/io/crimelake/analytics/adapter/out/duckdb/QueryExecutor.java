package io.crimelake.analytics.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.domain.QueryUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs queries on duplicated connections with bounded concurrency (more concurrent DuckDB queries than cores
 * only add latency) and cuts a query that outlives the timeout by cancelling its statement (a DuckDB
 * interrupt). One statement per query: DuckDB closes a statement that threw.
 */
public final class QueryExecutor implements AutoCloseable {
    private final DuckDbDatabase database;
    private final Semaphore querySlots;
    private final Semaphore exportSlots;
    private final Duration timeout;
    private final Duration slotWait;
    private final ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("duckdb-query-canceller").daemon().factory());

    /**
     * @param maxConcurrentQueries interactive queries running at once
     * @param maxConcurrentExports exports running at once, counted apart so exports cannot starve the dashboard
     * @param timeout longest an interactive query may run
     * @param slotWait longest a query waits for a free slot before it is refused
     */
    public QueryExecutor(
            DuckDbDatabase database,
            int maxConcurrentQueries,
            int maxConcurrentExports,
            Duration timeout,
            Duration slotWait) {
        this.database = requireNonNull(database, "database is null");
        this.querySlots = new Semaphore(maxConcurrentQueries, true);
        this.exportSlots = new Semaphore(maxConcurrentExports, true);
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.slotWait = requireNonNull(slotWait, "slotWait is null");
    }

    /** Runs {@code query} within the timeout and reads its whole result with {@code reader}. */
    <T> T query(SqlQuery query, ResultReader<T> reader) {
        acquire(querySlots);
        try (Connection connection = database.connect()) {
            return timed(connection, query, reader);
        } catch (SQLException e) {
            throw new LakeQueryException("DuckDB query failed: " + e.getMessage(), e);
        } finally {
            querySlots.release();
        }
    }

    /**
     * Runs {@code query} like {@link #query} if {@code condition} (one row, one boolean) holds, both in one
     * transaction: DuckDB's MVCC gives both statements the same committed state, so a commit between them cannot
     * make the query read data the condition did not vouch for. Empty when the condition does not hold.
     */
    <T> Optional<T> queryIf(SqlQuery condition, SqlQuery query, ResultReader<T> reader) {
        acquire(querySlots);
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                boolean holds = timed(connection, condition, result -> result.next() && result.getBoolean(1));
                return holds ? Optional.of(timed(connection, query, reader)) : Optional.empty();
            } finally {
                // Read only: ending the transaction either way releases its MVCC snapshot.
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new LakeQueryException("DuckDB query failed: " + e.getMessage(), e);
        } finally {
            querySlots.release();
        }
    }

    private <T> T timed(Connection connection, SqlQuery query, ResultReader<T> reader) throws SQLException {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (PreparedStatement statement = query.prepare(connection)) {
            ScheduledFuture<?> deadline =
                    canceller.schedule(() -> cancel(statement, cancelled), timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet result = statement.executeQuery()) {
                return reader.read(result);
            } finally {
                deadline.cancel(false);
            }
        } catch (SQLException e) {
            if (cancelled.get()) {
                throw QueryUnavailableException.timedOut(timeout.toMillis());
            }
            throw e;
        }
    }

    /** Runs {@code query} without a timeout, for exports whose duration grows with the rows asked for. */
    <T> T stream(SqlQuery query, ResultReader<T> reader) {
        acquire(exportSlots);
        try (Connection connection = database.connect();
                PreparedStatement statement = query.prepare(connection);
                ResultSet result = statement.executeQuery()) {
            return reader.read(result);
        } catch (SQLException e) {
            throw new LakeQueryException("DuckDB export failed: " + e.getMessage(), e);
        } finally {
            exportSlots.release();
        }
    }

    /** Runs a statement without a result, such as a {@code COPY}, in an export slot and without a timeout. */
    void execute(SqlQuery query) {
        executeInTransaction(List.of(query));
    }

    /**
     * Runs statements without results in one transaction, in an export slot and without a timeout: queries see
     * the state before or after all of them, never between.
     */
    void executeInTransaction(List<SqlQuery> statements) {
        acquire(exportSlots);
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                for (SqlQuery query : statements) {
                    try (PreparedStatement statement = query.prepare(connection)) {
                        statement.execute();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LakeQueryException("DuckDB statement failed: " + e.getMessage(), e);
        } finally {
            exportSlots.release();
        }
    }

    private void acquire(Semaphore slots) {
        try {
            if (!slots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw QueryUnavailableException.atCapacity();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw QueryUnavailableException.atCapacity();
        }
    }

    private static void cancel(PreparedStatement statement, AtomicBoolean cancelled) {
        cancelled.set(true);
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement finished or closed between the deadline firing and the cancel: nothing to cut.
        }
    }

    @Override
    public void close() {
        canceller.shutdownNow();
    }
}
