package io.crimelake.simulator.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** How many crimes a day brings: about 700, more in summer and at weekends, with some noise. */
final class DailyVolume {

    static final double MEAN_PER_DAY = 700;
    private static final int SUMMER_PEAK_DAY_OF_YEAR = 196;
    private static final double SEASONAL_SWING = 0.15;
    private static final double NOISE = 0.05;

    private DailyVolume() {}

    static double expected(LocalDate day) {
        double season = Math.cos(2 * Math.PI * (day.getDayOfYear() - SUMMER_PEAK_DAY_OF_YEAR) / 365.25);
        return MEAN_PER_DAY * (1 + SEASONAL_SWING * season) * weekdayFactor(day.getDayOfWeek());
    }

    static int sample(LocalDate day, RandomGenerator random) {
        return (int) Math.max(0, Math.round(expected(day) * (1 + NOISE * random.nextGaussian())));
    }

    /** Spreads exactly {@code total} rows over the days in proportion to their expected volume. */
    static int[] distribute(LocalDate from, int days, int total) {
        double[] expected = new double[days];
        double sum = 0;
        for (int i = 0; i < days; i++) {
            expected[i] = expected(from.plusDays(i));
            sum += expected[i];
        }
        int[] counts = new int[days];
        double carried = 0;
        int assigned = 0;
        for (int i = 0; i < days; i++) {
            carried += expected[i] * total / sum;
            counts[i] = (int) Math.round(carried) - assigned;
            assigned += counts[i];
        }
        counts[days - 1] += total - assigned;
        return counts;
    }

    private static double weekdayFactor(DayOfWeek dayOfWeek) {
        return switch (dayOfWeek) {
            case FRIDAY -> 1.04;
            case SATURDAY -> 1.05;
            case SUNDAY -> 0.97;
            default -> 0.99;
        };
    }
}
