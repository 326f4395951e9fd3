package io.crimelake.lakeformat.dataset;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Fast path for the exact shapes the portal writes ({@code 2024-01-01T23:55:00.000} and {@code 01/01/2024
 * 11:55:00 PM}): parsing them by position is several times faster than a {@code DateTimeFormatter}, which
 * matters at millions of rows. Anything else, valid or not, is left to {@link SourceTimestamps}' formatters.
 */
final class FixedWidthTimestamps {

    private FixedWidthTimestamps() {}

    /** Returns the wall-clock time, or null when the text is not exactly one of the two shapes or not valid. */
    static LocalDateTime parse(String text) {
        try {
            return switch (text.length()) {
                case 19, 23 -> iso(text);
                case 22 -> portalCsv(text);
                default -> null;
            };
        } catch (DateTimeException invalidFieldValue) {
            return null;
        }
    }

    private static LocalDateTime iso(String text) {
        if (!separators(text, 4, '-', 7, '-', 10, 'T', 13, ':', 16, ':')) {
            return null;
        }
        int millis = 0;
        if (text.length() == 23) {
            millis = text.charAt(19) == '.' ? digits(text, 20, 3) : -1;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second | millis) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
    }

    private static LocalDateTime portalCsv(String text) {
        if (!separators(text, 2, '/', 5, '/', 10, ' ', 13, ':', 16, ':') || text.charAt(19) != ' ') {
            return null;
        }
        int month = digits(text, 0, 2);
        int day = digits(text, 3, 2);
        int year = digits(text, 6, 4);
        int hour12 = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | minute | second) < 0 || hour12 < 1 || hour12 > 12) {
            return null;
        }
        char meridiem = Character.toUpperCase(text.charAt(20));
        if (Character.toUpperCase(text.charAt(21)) != 'M' || (meridiem != 'A' && meridiem != 'P')) {
            return null;
        }
        int hour = hour12 % 12 + (meridiem == 'P' ? 12 : 0);
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    private static boolean separators(
            String text, int i1, char c1, int i2, char c2, int i3, char c3, int i4, char c4, int i5, char c5) {
        return text.charAt(i1) == c1
                && text.charAt(i2) == c2
                && text.charAt(i3) == c3
                && text.charAt(i4) == c4
                && text.charAt(i5) == c5;
    }

    /** The unsigned decimal number in {@code text[from, from + count)}, or -1 if any character is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
