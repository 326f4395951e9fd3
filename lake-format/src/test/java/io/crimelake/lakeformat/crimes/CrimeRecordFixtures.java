package io.crimelake.lakeformat.crimes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** Realistic crimes rows and records for tests, shaped like the portal's own data. */
public final class CrimeRecordFixtures {
    public static final Instant INGESTED_AT = Instant.parse("2025-05-18T04:00:00.123456Z");
    public static final String RUN_ID = "run-2025-05-18";

    private CrimeRecordFixtures() {}

    /** A SODA JSON row as a JSON reader hands it over: API field names, every value as text. */
    public static Map<String, String> sodaRow() {
        return Map.ofEntries(
                Map.entry("id", "12654853"),
                Map.entry("case_number", "JF188735"),
                Map.entry("date", "2022-03-27T23:55:00.000"),
                Map.entry("block", "0000X W CERMAK RD"),
                Map.entry("iucr", "143A"),
                Map.entry("primary_type", "WEAPONS VIOLATION"),
                Map.entry("description", "UNLAWFUL POSSESSION - HANDGUN"),
                Map.entry("location_description", "STREET"),
                Map.entry("arrest", "true"),
                Map.entry("domestic", "false"),
                Map.entry("beat", "0131"),
                Map.entry("district", "001"),
                Map.entry("ward", "3"),
                Map.entry("community_area", "33"),
                Map.entry("fbi_code", "15"),
                Map.entry("x_coordinate", "1176338"),
                Map.entry("y_coordinate", "1889777"),
                Map.entry("year", "2022"),
                Map.entry("updated_on", "2022-04-03T16:50:08.000"),
                Map.entry("latitude", "41.852904198"),
                Map.entry("longitude", "-87.628264394"),
                Map.entry("location_address", ""));
    }

    /** A complete record with every nullable field set. */
    public static CrimeRecord record(long id, LocalDateTime date) {
        return new CrimeRecord(
                id,
                "JH" + id,
                date,
                "044XX S KEDZIE AVE",
                "0486",
                "BATTERY",
                "DOMESTIC BATTERY SIMPLE",
                "APARTMENT",
                id % 2 == 0,
                id % 3 == 0,
                "0421",
                4,
                7,
                46,
                "08B",
                1_175_476.0,
                1_873_816.0,
                date.getYear(),
                date.plusDays(2),
                41.809125265,
                -87.631906508,
                false,
                RUN_ID,
                INGESTED_AT);
    }

    /** A record with every nullable field null and its location flagged. */
    public static CrimeRecord sparseRecord(long id, LocalDateTime date) {
        return new CrimeRecord(
                id,
                null,
                date,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                date.getYear(),
                null,
                null,
                null,
                true,
                RUN_ID,
                INGESTED_AT);
    }
}
