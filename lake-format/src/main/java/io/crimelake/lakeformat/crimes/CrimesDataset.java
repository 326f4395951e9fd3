package io.crimelake.lakeformat.crimes;

import io.crimelake.lakeformat.dataset.ColumnValues;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** The definition of Chicago's "Crimes - 2001 to Present" dataset, the lake's first dataset. */
public final class CrimesDataset {
    public static final String SOCRATA_ID = "ijzp-q8t2";
    public static final String NAME = "crimes";

    /** The portal CSV export's display headers mapped to SODA API field names. */
    public static final Map<String, String> CSV_HEADERS = Map.ofEntries(
            Map.entry("ID", "id"),
            Map.entry("Case Number", "case_number"),
            Map.entry("Date", "date"),
            Map.entry("Block", "block"),
            Map.entry("IUCR", "iucr"),
            Map.entry("Primary Type", "primary_type"),
            Map.entry("Description", "description"),
            Map.entry("Location Description", "location_description"),
            Map.entry("Arrest", "arrest"),
            Map.entry("Domestic", "domestic"),
            Map.entry("Beat", "beat"),
            Map.entry("District", "district"),
            Map.entry("Ward", "ward"),
            Map.entry("Community Area", "community_area"),
            Map.entry("FBI Code", "fbi_code"),
            Map.entry("X Coordinate", "x_coordinate"),
            Map.entry("Y Coordinate", "y_coordinate"),
            Map.entry("Year", "year"),
            Map.entry("Updated On", "updated_on"),
            Map.entry("Latitude", "latitude"),
            Map.entry("Longitude", "longitude"),
            Map.entry("Location", "location"));

    private static final DatasetDefinition<CrimeRecord> DEFINITION = new DatasetDefinition<>(
            SOCRATA_ID,
            NAME,
            "id",
            "date",
            CrimesSchema.COLUMNS,
            CSV_HEADERS,
            new CrimeNormaliser(),
            CrimesDataset::fromColumns);

    private CrimesDataset() {}

    public static DatasetDefinition<CrimeRecord> definition() {
        return DEFINITION;
    }

    private static CrimeRecord fromColumns(ColumnValues v) {
        return new CrimeRecord(
                v.get("id", Long.class),
                v.get("case_number", String.class),
                v.get("date", LocalDateTime.class),
                v.get("block", String.class),
                v.get("iucr", String.class),
                v.get("primary_type", String.class),
                v.get("description", String.class),
                v.get("location_description", String.class),
                v.get("arrest", Boolean.class),
                v.get("domestic", Boolean.class),
                v.get("beat", String.class),
                v.get("district", Integer.class),
                v.get("ward", Integer.class),
                v.get("community_area", Integer.class),
                v.get("fbi_code", String.class),
                v.get("x_coordinate", Double.class),
                v.get("y_coordinate", Double.class),
                v.get("year", Integer.class),
                v.get("updated_on", LocalDateTime.class),
                v.get("latitude", Double.class),
                v.get("longitude", Double.class),
                v.get("location_flagged", Boolean.class),
                v.get("ingest_run_id", String.class),
                v.get("ingested_at", Instant.class));
    }
}
