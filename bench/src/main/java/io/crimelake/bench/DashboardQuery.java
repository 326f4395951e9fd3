package io.crimelake.bench;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One dashboard question: the analytics API path that asks it, and the same question as plain SQL over the
 * lake's Parquet files ({@code {lake}} stands for the {@code read_parquet(...)} relation; statements separated
 * by {@code ;}), with the partition predicates the service adds to a window, for the raw-DuckDB comparison.
 */
record DashboardQuery(String path, String rawSql) {
    private static final String INCIDENT_COLUMNS = "id, case_number, date, block, primary_type, description,"
            + " location_description, arrest, domestic, district, community_area, latitude, longitude";

    DashboardQuery {
        requireNonNull(path, "path is null");
        requireNonNull(rawSql, "rawSql is null");
    }

    /** The raw statements over {@code relation}. */
    List<String> rawStatements(String relation) {
        return Arrays.stream(rawSql.replace("{lake}", relation).split(";"))
                .map(String::strip)
                .toList();
    }

    boolean fullHistory() {
        return !path.contains("from=");
    }

    /** The full-history questions, then the 30-day ones ending on {@code lastDay}, as the dashboard asks them. */
    static List<DashboardQuery> all(LocalDate lastDay) {
        List<DashboardQuery> queries = new ArrayList<>();
        queries.add(new DashboardQuery(
                "/meta",
                "SELECT count(*), min(date), max(date), max(ingested_at), max(updated_on) FROM {lake};"
                        + " SELECT district, count(*) FROM {lake} WHERE district IS NOT NULL GROUP BY 1 ORDER BY 1;"
                        + typeCounts(" FROM {lake} WHERE true") + ";"
                        + areaCounts(" FROM {lake} WHERE true")));
        queries.add(new DashboardQuery(
                "/timeseries?grain=month",
                "SELECT strftime(make_date(year, month, 1), '%Y-%m-%d'), count(*) FROM {lake}"
                        + " GROUP BY year, month ORDER BY 1"));
        queries.add(timeseries("week", "date_trunc('week', date)", "", "true"));
        queries.add(timeseries("day", "CAST(date AS DATE)", "", "true"));
        queries.addAll(aggregates("true"));
        LocalDate first = lastDay.minusDays(29);
        String window = "from=" + first + "&to=" + lastDay;
        String predicate = "year >= %d AND year * 100 + month >= %d AND date >= TIMESTAMP '%s'"
                        .formatted(first.getYear(), first.getYear() * 100 + first.getMonthValue(), first)
                + " AND year <= %d AND year * 100 + month <= %d AND date < TIMESTAMP '%s'"
                        .formatted(
                                lastDay.getYear(),
                                lastDay.getYear() * 100 + lastDay.getMonthValue(),
                                lastDay.plusDays(1));
        queries.add(timeseries("day", "CAST(date AS DATE)", "&" + window, predicate));
        aggregates(predicate)
                .forEach(query -> queries.add(new DashboardQuery(
                        query.path + (query.path.contains("?") ? "&" : "?") + window, query.rawSql)));
        queries.add(new DashboardQuery(
                "/map?" + window,
                "SELECT id, latitude, longitude, primary_type, date FROM {lake} WHERE " + predicate
                        + " AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY hash(id), id LIMIT 5001"));
        return List.copyOf(queries);
    }

    private static DashboardQuery timeseries(String grain, String bucket, String window, String predicate) {
        return new DashboardQuery(
                "/timeseries?grain=" + grain + window,
                "SELECT strftime(bucket, '%Y-%m-%d'), n FROM (SELECT " + bucket + " AS bucket, count(*) AS n"
                        + " FROM {lake} WHERE " + predicate + " GROUP BY 1) ORDER BY bucket");
    }

    /** The questions asked the same way over any window. */
    private static List<DashboardQuery> aggregates(String predicate) {
        String from = " FROM {lake} WHERE " + predicate;
        return List.of(
                new DashboardQuery("/heatmap", "SELECT isodow(date), hour(date), count(*)" + from + " GROUP BY 1, 2"),
                new DashboardQuery("/top-types?n=15", typeCounts(from) + " LIMIT 15"),
                new DashboardQuery(
                        "/arrest-rate",
                        "SELECT primary_type, count(*), count(*) FILTER (WHERE arrest)" + from
                                + " AND primary_type IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1"),
                new DashboardQuery(
                        "/incidents?page=0&size=50",
                        "SELECT " + INCIDENT_COLUMNS + from + " ORDER BY date DESC, id DESC LIMIT 50;"
                                + " SELECT count(*)" + from),
                new DashboardQuery("/community-areas", areaCounts(from)));
    }

    private static String typeCounts(String from) {
        return "SELECT primary_type, count(*)" + from + " AND primary_type IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1";
    }

    private static String areaCounts(String from) {
        return "SELECT community_area, count(*)" + from + " AND community_area IS NOT NULL GROUP BY 1 ORDER BY 1";
    }
}
