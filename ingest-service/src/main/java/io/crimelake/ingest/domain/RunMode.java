package io.crimelake.ingest.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a run chooses its rows: the daily incremental window or an explicit range of months. */
public enum RunMode {
    /** Recent days plus every row updated since the stored watermark. */
    INCREMENTAL,
    /** A closed range of months, each month its own checkpointed window. */
    BACKFILL,
    /** The whole dataset from the portal's CSV export file, for a first bulk load. */
    CSV;

    /**
     * Parses a mode name in any case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is not one
     */
    public static RunMode parse(String text) {
        if (text == null || text.isBlank()) {
            return INCREMENTAL;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(mode -> mode.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mode '" + text + "'; expected one of "
                        + Arrays.stream(values())
                                .map(mode -> mode.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
