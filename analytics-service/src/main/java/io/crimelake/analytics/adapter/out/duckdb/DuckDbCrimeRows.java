package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.CrimeRows;
import io.crimelake.analytics.domain.Incident;
import io.crimelake.analytics.domain.IncidentPage;
import io.crimelake.analytics.domain.MapPoint;
import io.crimelake.analytics.domain.PageRequest;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import java.util.List;
import java.util.function.Consumer;

/** Reads individual incidents with DuckDB over a snapshot's Parquet files or serving table. */
public final class DuckDbCrimeRows implements CrimeRows {
    private final QueryExecutor executor;
    private final ScanSource scans;

    public DuckDbCrimeRows(QueryExecutor executor, ScanSource scans) {
        this.executor = requireNonNull(executor, "executor is null");
        this.scans = requireNonNull(scans, "scans is null");
    }

    @Override
    public List<MapPoint> mapPoints(Snapshot snapshot, QueryFilter filter, int limit) {
        // Ordering by a hash of the id gives a sample that is stable across requests and spread over the window.
        return scans.query(
                snapshot,
                scan -> CrimesScan.fromWhere(new SqlQuery.Builder().sql(IncidentColumns.MAP_POINT), scan, filter)
                        .sql(" AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY hash(id), id LIMIT ")
                        .bind(limit)
                        .build(),
                rows(IncidentColumns::mapPoint));
    }

    @Override
    public IncidentPage incidents(Snapshot snapshot, QueryFilter filter, PageRequest page) {
        List<MonthSpan.MonthCount> months = scans.query(
                snapshot,
                scan -> CrimesScan.fromWhere(
                                new SqlQuery.Builder().sql("SELECT year * 100 + month, count(*)"), scan, filter)
                        .sql(" GROUP BY 1 ORDER BY 1 DESC")
                        .build(),
                rows(result -> new MonthSpan.MonthCount(result.getInt(1), result.getLong(2))));
        long total = months.stream().mapToLong(MonthSpan.MonthCount::count).sum();
        if (page.offset() >= total) {
            return new IncidentPage(List.of(), page.page(), page.size(), total);
        }
        MonthSpan span = MonthSpan.locate(months, page.offset(), page.size());
        List<Incident> items = scans.query(
                snapshot,
                scan -> CrimesScan.fromWhere(new SqlQuery.Builder().sql(IncidentColumns.INCIDENT), scan, filter)
                        .sql(" AND year * 100 + month BETWEEN ")
                        .bind(span.oldest())
                        .sql(" AND ")
                        .bind(span.newest())
                        .sql(" ORDER BY date DESC, id DESC LIMIT ")
                        .bind(page.size())
                        .sql(" OFFSET ")
                        .bind(page.offset() - span.rowsInNewerMonths())
                        .build(),
                rows(IncidentColumns::incident));
        return new IncidentPage(items, page.page(), page.size(), total);
    }

    @Override
    public void forEachIncident(Snapshot snapshot, QueryFilter filter, Consumer<Incident> sink) {
        // No ORDER BY: a sort would hold the whole result; the Parquet scan keeps the files' month-by-month order,
        // which a serving table refreshed in place does not.
        SqlQuery.Builder query = new SqlQuery.Builder().sql(IncidentColumns.INCIDENT);
        CrimesScan.fromWhere(query, ParquetScans.scan(snapshot), filter);
        executor.stream(query.build(), result -> {
            while (result.next()) {
                sink.accept(IncidentColumns.incident(result));
            }
            return null;
        });
    }
}
