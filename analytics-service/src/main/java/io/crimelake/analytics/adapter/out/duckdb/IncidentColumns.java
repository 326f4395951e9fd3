package io.crimelake.analytics.adapter.out.duckdb;

import io.crimelake.analytics.domain.Incident;
import io.crimelake.analytics.domain.MapPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Selects and reads incident columns. Timestamps travel as epoch microseconds of the wall-clock value, so no
 * JVM time zone ever shifts a Chicago local time (a daylight-saving gap time such as 02:30 stays 02:30).
 */
final class IncidentColumns {
    static final String INCIDENT = "SELECT id, case_number, epoch_us(date), block, iucr, primary_type, description,"
            + " location_description, arrest, domestic, beat, district, ward, community_area, fbi_code,"
            + " latitude, longitude";
    static final String MAP_POINT = "SELECT id, latitude, longitude, primary_type, epoch_us(date)";

    private IncidentColumns() {}

    static Incident incident(ResultSet row) throws SQLException {
        return new Incident(
                row.getLong(1),
                row.getString(2),
                localDateTime(row.getLong(3)),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getBoolean(9),
                row.getBoolean(10),
                row.getString(11),
                row.getObject(12, Integer.class),
                row.getObject(13, Integer.class),
                row.getObject(14, Integer.class),
                row.getString(15),
                row.getObject(16, Double.class),
                row.getObject(17, Double.class));
    }

    static MapPoint mapPoint(ResultSet row) throws SQLException {
        return new MapPoint(
                row.getLong(1), row.getDouble(2), row.getDouble(3), row.getString(4), localDateTime(row.getLong(5)));
    }

    static LocalDateTime localDateTime(long epochMicros) {
        return LocalDateTime.ofEpochSecond(
                Math.floorDiv(epochMicros, 1_000_000L),
                (int) Math.floorMod(epochMicros, 1_000_000L) * 1_000,
                ZoneOffset.UTC);
    }

    /** Reads a nullable epoch-microsecond column as a wall-clock time. */
    static LocalDateTime nullableLocalDateTime(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : localDateTime(micros);
    }

    /** Reads a nullable epoch-microsecond column as an instant. */
    static Instant nullableInstant(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : Instant.EPOCH.plusNanos(micros * 1_000);
    }
}
