package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.domain.AreaCount;
import io.crimelake.analytics.domain.CommunityAreaNames;
import io.crimelake.analytics.domain.DistrictCount;
import io.crimelake.analytics.domain.LakeOverview;
import io.crimelake.analytics.domain.TypeCount;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The serving table's overview per partition: for each {@code (year, month)} its row count, date range and
 * freshness, and its counts per primary type, district and community area, in one small table kept beside the
 * serving table and refreshed in the same transaction for the same partitions. {@code /meta} then adds up a few
 * thousand summary rows instead of scanning every row (8.3M rows, uncached through HTTP: p50 ~100 ms before, ~25
 * ms after).
 *
 * <p>Every summary row is recomputed from the serving table's own rows of its partition, so the sums equal a
 * full scan whenever the table is exact: a removed partition leaves no rows to summarise, and an id moving
 * between months rewrites both partitions.
 */
final class PartitionSummaries {
    static final String TABLE = "crimes_summary";

    // GROUPING(primary_type, district, community_area): one bit per column left out of the group.
    private static final int TYPES = 0b011;
    private static final int DISTRICTS = 0b101;
    private static final int AREAS = 0b110;
    private static final int TOTALS = 0b111;

    private static final String SUMMARISE = "SELECT year, month, primary_type, district, community_area,"
            + " GROUPING(primary_type, district, community_area) AS grouped, count(*) AS n,"
            + " min(date) AS first_incident, max(date) AS last_incident, max(ingested_at) AS last_ingested_at,"
            + " max(updated_on) AS last_source_update FROM crimes";
    private static final String GROUPS = " GROUP BY GROUPING SETS ((year, month), (year, month, primary_type),"
            + " (year, month, district), (year, month, community_area))";

    /** The whole snapshot's overview from the summaries, ordered as {@link LakeOverview}'s lists are. */
    static final SqlQuery OVERVIEW = new SqlQuery(
            "SELECT grouped, primary_type, district, community_area, CAST(sum(n) AS BIGINT),"
                    + " epoch_us(min(first_incident)), epoch_us(max(last_incident)),"
                    + " epoch_us(max(last_ingested_at)), epoch_us(max(last_source_update)) FROM " + TABLE
                    + " WHERE grouped = " + TOTALS
                    + " OR (grouped = " + TYPES + " AND primary_type IS NOT NULL)"
                    + " OR (grouped = " + DISTRICTS + " AND district IS NOT NULL)"
                    + " OR (grouped = " + AREAS + " AND community_area IS NOT NULL)"
                    + " GROUP BY 1, 2, 3, 4"
                    // Types most frequent first, ties by name; districts and areas by number.
                    + " ORDER BY 1, CASE WHEN grouped = " + TYPES + " THEN sum(n) END DESC, 2, 3, 4",
            List.of());

    private PartitionSummaries() {}

    /** Summarises every partition of the freshly built serving table. */
    static SqlQuery build() {
        return new SqlQuery("CREATE OR REPLACE TABLE " + TABLE + " AS " + SUMMARISE + GROUPS, List.of());
    }

    /** Re-summarises the replaced partitions, after the serving table's rows of them were replaced. */
    static List<SqlQuery> refresh(PartitionChanges changes) {
        if (changes.replaced().isEmpty()) {
            return List.of();
        }
        String partitions = " WHERE year * 100 + month IN " + changes.replacedList();
        return List.of(
                new SqlQuery("DELETE FROM " + TABLE + partitions, List.of()),
                new SqlQuery("INSERT INTO " + TABLE + " BY NAME " + SUMMARISE + partitions + GROUPS, List.of()));
    }

    /** Reads {@link #OVERVIEW}'s result, naming community areas from {@code names}. */
    static ResultReader<LakeOverview> overview(CommunityAreaNames names) {
        return result -> {
            long rows = 0;
            LocalDateTime firstIncident = null;
            LocalDateTime lastIncident = null;
            Instant lastIngestedAt = null;
            LocalDateTime lastSourceUpdate = null;
            List<TypeCount> types = new ArrayList<>();
            List<DistrictCount> districts = new ArrayList<>();
            List<AreaCount> areas = new ArrayList<>();
            while (result.next()) {
                long count = result.getLong(5);
                switch (result.getInt(1)) {
                    case TYPES -> types.add(new TypeCount(result.getString(2), count));
                    case DISTRICTS -> districts.add(new DistrictCount(result.getInt(3), count));
                    case AREAS -> areas.add(AreaCount.of(result.getInt(4), count, names));
                    case TOTALS -> {
                        rows = count;
                        firstIncident = IncidentColumns.nullableLocalDateTime(result, 6);
                        lastIncident = IncidentColumns.nullableLocalDateTime(result, 7);
                        lastIngestedAt = IncidentColumns.nullableInstant(result, 8);
                        lastSourceUpdate = IncidentColumns.nullableLocalDateTime(result, 9);
                    }
                    default -> throw new IllegalStateException("unknown summary grouping " + result.getInt(1));
                }
            }
            // No totals row: a snapshot whose files hold no rows, as a full scan's count(*) of 0 with null bounds.
            return new LakeOverview(
                    rows, firstIncident, lastIncident, lastIngestedAt, lastSourceUpdate, types, districts, areas);
        };
    }
}
