package io.crimelake.ingest.application.service;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Makes run ids that sort by start time and are safe in file names, e.g. {@code 20240105T031500Z-9f2c1a}. */
final class RunIds {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String next(Clock clock) {
        byte[] suffix = new byte[3];
        ThreadLocalRandom.current().nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    }
}
