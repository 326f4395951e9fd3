package io.crimelake.analytics.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import io.crimelake.analytics.application.port.out.IncidentFileWriter;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import java.nio.file.Path;

/**
 * Writes filtered incidents to Parquet with DuckDB's {@code COPY}, which streams rows to the file, reading the
 * snapshot's Parquet files for their month-by-month order.
 */
public final class DuckDbIncidentFileWriter implements IncidentFileWriter {
    private static final String COLUMNS = "SELECT id, case_number, date, block, iucr, primary_type, description,"
            + " location_description, arrest, domestic, beat, district, ward, community_area, fbi_code,"
            + " x_coordinate, y_coordinate, year, updated_on, latitude, longitude, location_flagged";
    /** The same columns with no rows, for a lake that holds no data yet. */
    private static final String NO_ROWS = "SELECT NULL::BIGINT AS id, NULL::VARCHAR AS case_number,"
            + " NULL::TIMESTAMP AS date, NULL::VARCHAR AS block, NULL::VARCHAR AS iucr,"
            + " NULL::VARCHAR AS primary_type, NULL::VARCHAR AS description, NULL::VARCHAR AS location_description,"
            + " NULL::BOOLEAN AS arrest, NULL::BOOLEAN AS domestic, NULL::VARCHAR AS beat,"
            + " NULL::INTEGER AS district, NULL::INTEGER AS ward, NULL::INTEGER AS community_area,"
            + " NULL::VARCHAR AS fbi_code, NULL::DOUBLE AS x_coordinate, NULL::DOUBLE AS y_coordinate,"
            + " NULL::INTEGER AS year, NULL::TIMESTAMP AS updated_on, NULL::DOUBLE AS latitude,"
            + " NULL::DOUBLE AS longitude, NULL::BOOLEAN AS location_flagged LIMIT 0";

    private final QueryExecutor executor;

    public DuckDbIncidentFileWriter(QueryExecutor executor) {
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public void writeParquet(Snapshot snapshot, QueryFilter filter, Path target) {
        SqlQuery.Builder query = new SqlQuery.Builder().sql("COPY (");
        if (snapshot.isEmpty()) {
            query.sql(NO_ROWS);
        } else {
            CrimesScan.fromWhere(query.sql(COLUMNS), ParquetScans.scan(snapshot), filter);
        }
        // The target is a path this service generated, never request data; quoted as a SQL literal.
        String path = target.toAbsolutePath().toString().replace("'", "''");
        query.sql(") TO '" + path + "' (FORMAT parquet, COMPRESSION zstd)");
        executor.execute(query.build());
    }
}
