package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.domain.QueryFilter;
import java.time.LocalDate;

/**
 * Writes the {@code FROM ... WHERE ...} part of every query: a scan of exactly one snapshot and the filter as
 * bound predicates, always with {@code year}/{@code month} partition predicates because DuckDB does not derive
 * them from a {@code date} predicate (3-4x faster filtered queries over Parquet).
 */
final class CrimesScan {

    private CrimesScan() {}

    /** Appends {@code FROM <scan> WHERE <filter>} to {@code query}. */
    static SqlQuery.Builder fromWhere(SqlQuery.Builder query, Scan scan, QueryFilter filter) {
        query.sql(" FROM ").sql(scan.relation()).sql(" WHERE true");
        if (filter.from() != null) {
            LocalDate from = filter.from();
            query.sql(" AND year >= ").bind(from.getYear());
            query.sql(" AND year * 100 + month >= ").bind(from.getYear() * 100 + from.getMonthValue());
            query.sql(" AND date >= CAST(").bind(from.atStartOfDay().toString()).sql(" AS TIMESTAMP)");
        }
        if (filter.to() != null) {
            LocalDate to = filter.to();
            query.sql(" AND year <= ").bind(to.getYear());
            query.sql(" AND year * 100 + month <= ").bind(to.getYear() * 100 + to.getMonthValue());
            query.sql(" AND date < CAST(")
                    .bind(to.plusDays(1).atStartOfDay().toString())
                    .sql(" AS TIMESTAMP)");
        }
        if (!filter.types().isEmpty()) {
            query.sql(" AND primary_type IN ").bindList(filter.types());
        }
        if (!filter.districts().isEmpty()) {
            query.sql(" AND district IN ").bindList(filter.districts());
        }
        if (!filter.communityAreas().isEmpty()) {
            query.sql(" AND community_area IN ").bindList(filter.communityAreas());
        }
        if (filter.arrest() != null) {
            query.sql(" AND arrest = ").bind(filter.arrest());
        }
        if (filter.domestic() != null) {
            query.sql(" AND domestic = ").bind(filter.domestic());
        }
        appendHours(query, scan, filter);
        return query;
    }

    private static void appendHours(SqlQuery.Builder query, Scan scan, QueryFilter filter) {
        if (filter.hourFrom() == null) {
            return;
        }
        // hourFrom after hourTo is a range across midnight, e.g. 22 to 3.
        String joiner = filter.hourFrom() <= filter.hourTo() ? " AND " : " OR ";
        query.sql(" AND (" + scan.hour() + " >= ")
                .bind(filter.hourFrom())
                .sql(joiner)
                .sql(scan.hour() + " <= ")
                .bind(filter.hourTo())
                .sql(")");
    }
}
