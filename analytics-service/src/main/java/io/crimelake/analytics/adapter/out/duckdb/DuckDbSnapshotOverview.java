package io.crimelake.analytics.adapter.out.duckdb;

import static io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics.rows;
import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.SnapshotOverview;
import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.DistrictCount;
import io.crimelake.analytics.domain.LakeOverview;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.TypeCount;
import java.util.List;

/**
 * Summarises a snapshot from the serving table's per-partition summaries when the table holds it ({@link
 * PartitionSummaries}), otherwise with a few DuckDB queries over its files (one query with {@code GROUPING SETS}
 * for all counts measured three times slower on an 8.3M-row table).
 */
public final class DuckDbSnapshotOverview implements SnapshotOverview {
    private final ScanSource scans;
    private final DuckDbCrimeStatistics statistics;

    public DuckDbSnapshotOverview(ScanSource scans) {
        this.scans = requireNonNull(scans, "scans is null");
        this.statistics = new DuckDbCrimeStatistics(scans);
    }

    @Override
    public LakeOverview overview(Snapshot snapshot, CommunityAreaNames names) {
        return scans.querySummaries(snapshot, PartitionSummaries.OVERVIEW, PartitionSummaries.overview(names))
                .orElseGet(() -> scanned(snapshot, names));
    }

    /** The overview from every row of the snapshot. */
    private LakeOverview scanned(Snapshot snapshot, CommunityAreaNames names) {
        QueryFilter everything = QueryFilter.everything();
        List<DistrictCount> districtCounts = scans.query(
                snapshot,
                scan -> CrimesScan.fromWhere(new SqlQuery.Builder().sql("SELECT district, count(*)"), scan, everything)
                        .sql(" AND district IS NOT NULL GROUP BY 1 ORDER BY 1")
                        .build(),
                rows(result -> new DistrictCount(result.getInt(1), result.getLong(2))));
        List<TypeCount> types = statistics.topTypes(snapshot, everything, Integer.MAX_VALUE);
        List<AreaCount> areas = statistics.areaCounts(snapshot, everything, names);
        String totals = "SELECT count(*), epoch_us(min(date)), epoch_us(max(date)), epoch_us(max(ingested_at)),"
                + " epoch_us(max(updated_on))";
        return scans.query(
                snapshot,
                scan -> CrimesScan.fromWhere(new SqlQuery.Builder().sql(totals), scan, everything)
                        .build(),
                result -> {
                    result.next();
                    return new LakeOverview(
                            result.getLong(1),
                            IncidentColumns.nullableLocalDateTime(result, 2),
                            IncidentColumns.nullableLocalDateTime(result, 3),
                            IncidentColumns.nullableInstant(result, 4),
                            IncidentColumns.nullableLocalDateTime(result, 5),
                            types,
                            districtCounts,
                            areas);
                });
    }
}
