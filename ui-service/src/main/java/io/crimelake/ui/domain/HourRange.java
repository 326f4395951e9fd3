package io.crimelake.ui.domain;

/** An inclusive range of hours of the day (Chicago local time), both ends between 0 and 23. */
public record HourRange(int from, int to) {

    public HourRange {
        if (from < 0 || from > 23 || to < 0 || to > 23) {
            throw new IllegalArgumentException("hours must be between 0 and 23");
        }
        if (from > to) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    /** Just the one hour {@code hour}. */
    public static HourRange single(int hour) {
        return new HourRange(hour, hour);
    }
}
