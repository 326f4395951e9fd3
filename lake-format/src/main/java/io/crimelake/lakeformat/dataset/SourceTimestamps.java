package io.crimelake.lakeformat.dataset;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Parses the two floating timestamp forms the Socrata portal publishes, without attaching any zone.
 *
 * <p>SODA JSON gives {@code 2024-01-01T23:55:00.000}; the portal's CSV export gives {@code 01/01/2024
 * 11:55:00 PM}. Both are Chicago wall-clock time, so the result is the wall-clock value exactly as written,
 * even on daylight-saving days when that local time does not exist or occurs twice.
 */
public final class SourceTimestamps {
    private static final DateTimeFormatter ISO_FLOATING = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter PORTAL_CSV = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MM/dd/uuuu hh:mm:ss a")
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Describes the accepted forms for rejection messages. */
    public static final String ACCEPTED_FORMS = "yyyy-MM-dd'T'HH:mm:ss[.SSS] or MM/dd/yyyy hh:mm:ss AM|PM";

    private SourceTimestamps() {}

    /**
     * Parses a trimmed timestamp in either portal form.
     *
     * @throws DateTimeParseException when the text matches neither form or names an impossible date
     */
    public static LocalDateTime parse(String text) {
        LocalDateTime fast = FixedWidthTimestamps.parse(text);
        if (fast != null) {
            return fast;
        }
        // The two forms are told apart by their date separator, so a bad value reports the right form's error.
        DateTimeFormatter formatter = text.indexOf('/') >= 0 ? PORTAL_CSV : ISO_FLOATING;
        return LocalDateTime.parse(text, formatter);
    }
}
