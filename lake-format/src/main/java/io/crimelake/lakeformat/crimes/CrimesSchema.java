package io.crimelake.lakeformat.crimes;

import static io.crimelake.lakeformat.dataset.ColumnType.BOOLEAN;
import static io.crimelake.lakeformat.dataset.ColumnType.DOUBLE;
import static io.crimelake.lakeformat.dataset.ColumnType.INSTANT;
import static io.crimelake.lakeformat.dataset.ColumnType.INT32;
import static io.crimelake.lakeformat.dataset.ColumnType.INT64;
import static io.crimelake.lakeformat.dataset.ColumnType.LOCAL_TIMESTAMP;
import static io.crimelake.lakeformat.dataset.ColumnType.STRING;

import io.crimelake.lakeformat.dataset.Column;
import java.util.List;

/**
 * The stored columns of the crimes dataset ({@code ijzp-q8t2}), in file order.
 *
 * <p><b>Time.</b> The portal publishes {@code date} and {@code updated_on} as floating timestamps: Chicago
 * wall-clock time with no zone or offset. They are kept that way end to end: Java {@code LocalDateTime},
 * Parquet {@code TIMESTAMP(isAdjustedToUTC=false, MICROS)}, DuckDB {@code TIMESTAMP} (not
 * {@code TIMESTAMPTZ}). Hour of day and day boundaries therefore match the portal exactly, and no value is
 * ever shifted through UTC or the JVM's default zone. On daylight-saving days a stored time may not exist
 * (02:30 on the spring-forward day) or may be ambiguous (01:30 on the fall-back day); it is stored as the
 * portal wrote it. {@code ingested_at} is different: an instant, stored as
 * {@code TIMESTAMP(isAdjustedToUTC=true, MICROS)}.
 *
 * <p><b>Codes.</b> {@code iucr}, {@code beat} and {@code fbi_code} stay strings because leading zeros and
 * letters are significant ("0421", "143A", "08B"). {@code district} is an integer although the CSV export
 * zero-pads it ("009").
 *
 * <p><b>Location.</b> {@code location_flagged} is true when the source gave a location that cannot be mapped:
 * a latitude/longitude outside the Chicago bounding box, only one of the pair, or a coordinate that is not a
 * number. The row is kept; its latitude and longitude are null so maps skip it, its x/y coordinates are kept as
 * given unless unreadable (then null).
 */
public final class CrimesSchema {
    public static final List<Column<CrimeRecord>> COLUMNS = List.of(
            Column.required("id", INT64, "Unique row identifier; the key across ingest runs", CrimeRecord::id),
            Column.optional("case_number", STRING, "Chicago Police RD number", CrimeRecord::caseNumber),
            Column.required(
                    "date", LOCAL_TIMESTAMP, "When the incident occurred (Chicago wall clock)", CrimeRecord::date),
            Column.optional("block", STRING, "Partially redacted address", CrimeRecord::block),
            Column.optional("iucr", STRING, "Illinois Uniform Crime Reporting code", CrimeRecord::iucr),
            Column.optional("primary_type", STRING, "Primary description of the IUCR code", CrimeRecord::primaryType),
            Column.optional("description", STRING, "Secondary description of the IUCR code", CrimeRecord::description),
            Column.optional(
                    "location_description", STRING, "Kind of place it occurred", CrimeRecord::locationDescription),
            Column.required("arrest", BOOLEAN, "Whether an arrest was made", CrimeRecord::arrest),
            Column.required("domestic", BOOLEAN, "Whether the incident was domestic-related", CrimeRecord::domestic),
            Column.optional("beat", STRING, "Police beat, four digits with leading zero", CrimeRecord::beat),
            Column.optional("district", INT32, "Police district", CrimeRecord::district),
            Column.optional("ward", INT32, "City Council ward", CrimeRecord::ward),
            Column.optional("community_area", INT32, "Community area (1-77)", CrimeRecord::communityArea),
            Column.optional("fbi_code", STRING, "FBI NIBRS crime classification", CrimeRecord::fbiCode),
            Column.optional("x_coordinate", DOUBLE, "Illinois State Plane East x, feet", CrimeRecord::xCoordinate),
            Column.optional("y_coordinate", DOUBLE, "Illinois State Plane East y, feet", CrimeRecord::yCoordinate),
            Column.required("year", INT32, "Year of the incident, as published", CrimeRecord::year),
            Column.optional(
                    "updated_on", LOCAL_TIMESTAMP, "When the portal last updated the row", CrimeRecord::updatedOn),
            Column.optional("latitude", DOUBLE, "WGS84 latitude; null when missing or flagged", CrimeRecord::latitude),
            Column.optional(
                    "longitude", DOUBLE, "WGS84 longitude; null when missing or flagged", CrimeRecord::longitude),
            Column.required(
                    "location_flagged",
                    BOOLEAN,
                    "The source location could not be mapped and was nulled",
                    CrimeRecord::locationFlagged),
            Column.required("ingest_run_id", STRING, "Ingest run that wrote the row", CrimeRecord::ingestRunId),
            Column.required("ingested_at", INSTANT, "When that run ingested the row (UTC)", CrimeRecord::ingestedAt));

    private CrimesSchema() {}
}
