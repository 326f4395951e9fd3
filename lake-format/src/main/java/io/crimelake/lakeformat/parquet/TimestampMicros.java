package io.crimelake.lakeformat.parquet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Encodes timestamps as Parquet's microsecond counts; sub-microsecond digits are dropped. */
final class TimestampMicros {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int NANOS_PER_MICRO = 1_000;

    private TimestampMicros() {}

    /**
     * Parquet stores a local timestamp as the microseconds a UTC clock showing the same wall-clock value would
     * count since the epoch. UTC here is only that arithmetic convention: no zone conversion happens.
     */
    static long fromLocal(LocalDateTime wallClock) {
        long seconds = wallClock.toEpochSecond(ZoneOffset.UTC);
        return Math.addExact(Math.multiplyExact(seconds, MICROS_PER_SECOND), wallClock.getNano() / NANOS_PER_MICRO);
    }

    static LocalDateTime toLocal(long micros) {
        return LocalDateTime.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND),
                (int) Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO,
                ZoneOffset.UTC);
    }

    static long fromInstant(Instant instant) {
        return Math.addExact(
                Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / NANOS_PER_MICRO);
    }

    static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(
                Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * NANOS_PER_MICRO);
    }
}
