package io.crimelake.lakeformat.crimes;

import io.crimelake.lakeformat.dataset.Lineage;
import io.crimelake.lakeformat.dataset.RowNormaliser;
import io.crimelake.lakeformat.dataset.RowRejectedException;
import io.crimelake.lakeformat.dataset.SourceRow;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Turns a raw {@code ijzp-q8t2} row, from SODA JSON or the portal CSV export, into a {@link CrimeRecord}.
 *
 * <p>Value rules are those of {@link SourceRow}: blank means null; "N/A" means null for codes and numbers
 * but stays as text in {@code block}, {@code primary_type}, {@code description} and
 * {@code location_description}. A row is rejected when {@code id} is missing or not an integer, when
 * {@code date} (the partition column) is missing or unparseable, when {@code arrest} or {@code domestic} is
 * not true/false, or when any other present value does not parse, except coordinates. A missing {@code year} is
 * taken from {@code date}, which is how the portal defines it. Coordinates never drop a row: out-of-Chicago or
 * unreadable ones are nulled and flagged (see {@link CrimesSchema} on {@code location_flagged}), so that every
 * incident still counts. Fields the lake does not store (the CSV export's
 * {@code location} pair, SODA's empty {@code location_*} parts) are ignored.
 */
public final class CrimeNormaliser implements RowNormaliser<CrimeRecord> {
    // A generous box around the city, the airports included; real incidents all fall inside it.
    private static final double MIN_LATITUDE = 41.6;
    private static final double MAX_LATITUDE = 42.1;
    private static final double MIN_LONGITUDE = -87.95;
    private static final double MAX_LONGITUDE = -87.5;

    @Override
    public CrimeRecord normalise(Map<String, String> raw, Lineage lineage) throws RowRejectedException {
        SourceRow row = new SourceRow(raw);
        long id = row.requiredLong("id");
        LocalDateTime date = row.requiredTimestamp("date");
        Integer year = row.optionalInt("year");
        Double latitude = coordinate(row, "latitude");
        Double longitude = coordinate(row, "longitude");
        Double x = coordinate(row, "x_coordinate");
        Double y = coordinate(row, "y_coordinate");
        boolean unreadable = isUnreadable(latitude) || isUnreadable(longitude) || isUnreadable(x) || isUnreadable(y);
        boolean locationFlagged =
                unreadable || ((latitude != null || longitude != null) && !inChicago(latitude, longitude));
        return new CrimeRecord(
                id,
                row.code("case_number"),
                date,
                row.text("block"),
                row.code("iucr"),
                row.text("primary_type"),
                row.text("description"),
                row.text("location_description"),
                row.requiredBoolean("arrest"),
                row.requiredBoolean("domestic"),
                row.code("beat"),
                row.optionalInt("district"),
                row.optionalInt("ward"),
                row.optionalInt("community_area"),
                row.code("fbi_code"),
                isUnreadable(x) ? null : x,
                isUnreadable(y) ? null : y,
                year != null ? year : date.getYear(),
                row.optionalTimestamp("updated_on"),
                locationFlagged ? null : latitude,
                locationFlagged ? null : longitude,
                locationFlagged,
                lineage.ingestRunId(),
                lineage.ingestedAt());
    }

    /**
     * A coordinate, or {@link Double#NaN} when the text is present but not a number: a garbled location must not
     * cost the incident its place in the counts, so it is nulled and flagged instead of rejecting the row.
     */
    private static Double coordinate(SourceRow row, String field) {
        try {
            return row.optionalDouble(field);
        } catch (RowRejectedException unreadable) {
            return Double.NaN;
        }
    }

    private static boolean isUnreadable(Double coordinate) {
        return coordinate != null && coordinate.isNaN();
    }

    private static boolean inChicago(Double latitude, Double longitude) {
        return latitude != null
                && longitude != null
                && latitude >= MIN_LATITUDE
                && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE
                && longitude <= MAX_LONGITUDE;
    }
}
