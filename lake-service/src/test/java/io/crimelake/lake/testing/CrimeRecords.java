package io.crimelake.lake.testing;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.time.Instant;
import java.time.LocalDateTime;

/** Builds crimes records for tests: an id, its incident time, its version and the run that staged it. */
public final class CrimeRecords {
    public static final LocalDateTime MARCH = LocalDateTime.parse("2024-03-10T02:30:00");
    public static final LocalDateTime APRIL = LocalDateTime.parse("2024-04-01T00:00:00");

    private CrimeRecords() {}

    /** A record of run {@code run}, whose ingest time is {@code run} hours after a fixed start. */
    public static CrimeRecord crime(long id, LocalDateTime date, LocalDateTime updatedOn, int run) {
        return crime(id, date, updatedOn, run, "BATTERY");
    }

    public static CrimeRecord crime(long id, LocalDateTime date, LocalDateTime updatedOn, int run, String type) {
        return new CrimeRecord(
                id,
                "JH" + id,
                date,
                "044XX S KEDZIE AVE",
                "0486",
                type,
                "DOMESTIC BATTERY SIMPLE",
                "APARTMENT",
                id % 2 == 0,
                false,
                "0421",
                4,
                7,
                46,
                "08B",
                1_175_476.0,
                1_873_816.0,
                date.getYear(),
                updatedOn,
                41.809125265,
                -87.631906508,
                false,
                runId(run),
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * run));
    }

    /** Run ids as ingest makes them: they sort by start time. */
    public static String runId(int run) {
        return "2025010%dT000000Z-run%d".formatted(run, run);
    }
}
