package io.crimelake.simulator.synthetic;

import java.time.LocalDate;
import java.util.Locale;

/** Derives a portal-style case number ("JH146864") from the day and the crime's index within it. */
final class CaseNumbers {

    // Prefixes advance one letter a year (2015 "HY", 2022 "JF", 2024 "JH"); the first letter skips I and O.
    private static final String FIRST_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int REFERENCE_YEAR = 2015;
    private static final int REFERENCE_PREFIX = FIRST_LETTERS.indexOf('H') * 26 + ('Y' - 'A');
    private static final int NUMBERS_PER_DAY = 2_000;

    private CaseNumbers() {}

    static String of(LocalDate day, int index) {
        int prefix = Math.floorMod(REFERENCE_PREFIX + day.getYear() - REFERENCE_YEAR, FIRST_LETTERS.length() * 26);
        char first = FIRST_LETTERS.charAt(prefix / 26);
        char second = (char) ('A' + prefix % 26);
        int number = (day.getDayOfYear() * NUMBERS_PER_DAY + index % NUMBERS_PER_DAY) % 1_000_000;
        return String.format(Locale.ROOT, "%c%c%06d", first, second, number);
    }
}
