package io.crimelake.analytics.adapter.out.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.analytics.domain.QueryUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryExecutorTest {
    /** A cross join of 10^10 rows: minutes of work, so only the timeout can end it quickly. */
    private static final SqlQuery ENDLESS =
            new SqlQuery("SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b", List.of());

    private static final SqlQuery ONE = new SqlQuery("SELECT ? + 1", List.of(41));

    @TempDir
    Path spill;

    private DuckDbDatabase database;
    private QueryExecutor executor;

    private QueryExecutor executor(int slots, Duration timeout, Duration slotWait) {
        database = new DuckDbDatabase(1, "256MB", spill);
        executor = new QueryExecutor(database, slots, 1, timeout, slotWait);
        return executor;
    }

    private static int answer(QueryExecutor executor) {
        return executor.<Integer>query(ONE, result -> result.next() ? result.getInt(1) : 0);
    }

    @AfterEach
    void close() throws Exception {
        executor.close();
        database.close();
    }

    @Test
    void cutsAQueryAtTheTimeoutAndKeepsServing() {
        QueryExecutor executor = executor(2, Duration.ofMillis(200), Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> executor.query(ENDLESS, result -> result.next()))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("200 ms");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(answer(executor)).isEqualTo(42);
    }

    @Test
    void refusesAQueryWhenEverySlotStaysBusy() throws Exception {
        QueryExecutor executor = executor(1, Duration.ofSeconds(2), Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> executor.query(ENDLESS, result -> {
            running.countDown();
            return result.next();
        }));
        // The slot is held from before the statement runs; give the slow query time to take it.
        Thread.sleep(300);

        assertThatThrownBy(() -> executor.query(ONE, result -> result.next()))
                .isInstanceOf(QueryUnavailableException.class)
                .hasMessageContaining("busy");
        assertThatThrownBy(() -> slow.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryUnavailableException.class);
        assertThat(answer(executor)).isEqualTo(42);
    }

    @Test
    void reportsOtherFailuresAsLakeQueryExceptions() {
        QueryExecutor executor = executor(1, Duration.ofSeconds(2), Duration.ofSeconds(1));

        assertThatThrownBy(() -> executor.query(
                        new SqlQuery("SELECT * FROM read_parquet('/no/such/file.parquet')", List.of()),
                        result -> result.next()))
                .isInstanceOf(LakeQueryException.class);
    }
}
