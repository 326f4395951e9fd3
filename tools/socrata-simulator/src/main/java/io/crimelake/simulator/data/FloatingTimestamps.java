package io.crimelake.simulator.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Converts the portal's zone-less ("floating") timestamps between epoch seconds and text.
 *
 * <p>Formatting is hand-rolled because it runs twice per served row; {@link DateTimeFormatter} would dominate
 * the cost of streaming a page.
 */
public final class FloatingTimestamps {

    /** Marks a missing timestamp in primitive storage. */
    public static final long MISSING = Long.MIN_VALUE;

    private static final DateTimeFormatter US_FORMAT = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

    private FloatingTimestamps() {}

    public static long toSeconds(LocalDateTime dateTime) {
        return dateTime == null ? MISSING : dateTime.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime toDateTime(long seconds) {
        return seconds == MISSING ? null : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /** Renders {@code 2024-01-01T23:55:00.000}, the SODA API's form. */
    public static String formatIso(long seconds) {
        char[] out = new char[23];
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        long civil = civilFromDays(days);
        int year = (int) (civil >> 16);
        int month = (int) ((civil >> 8) & 0xFF);
        int day = (int) (civil & 0xFF);
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        out[20] = '0';
        out[21] = '0';
        out[22] = '0';
        return new String(out);
    }

    /** Renders {@code 02/10/2024 12:44:00 AM}, the bulk export's form. */
    public static String formatUs(long seconds) {
        return toDateTime(seconds).format(US_FORMAT);
    }

    /** Parses the SODA form, with or without time, seconds or fraction, into epoch seconds (fraction dropped). */
    public static long parseIso(String text) {
        return Math.floorDiv(parseIsoMillis(text), 1000L);
    }

    /** Parses the SODA form into epoch milliseconds; SoQL literals may carry a fraction of a second. */
    public static long parseIsoMillis(String text) {
        try {
            String trimmed = text.strip();
            LocalDateTime dateTime = trimmed.length() == 10
                    ? LocalDate.parse(trimmed).atStartOfDay()
                    : LocalDateTime.parse(trimmed.endsWith("Z") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            return dateTime.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a floating timestamp: " + text, e);
        }
    }

    public static long parseUs(String text) {
        try {
            return toSeconds(LocalDateTime.parse(text.strip(), US_FORMAT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a portal export timestamp: " + text, e);
        }
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    // Howard Hinnant's days-to-civil algorithm, packed as year << 16 | month << 8 | day.
    private static long civilFromDays(long epochDays) {
        long z = epochDays + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year << 16 | month << 8 | day;
    }
}
