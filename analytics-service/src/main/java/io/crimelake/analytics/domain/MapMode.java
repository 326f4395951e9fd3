package io.crimelake.analytics.domain;

/** Which map the caller asks for: points, per-area counts, or whichever suits the window. */
public enum MapMode {
    AUTO,
    POINTS,
    AREAS;

    /** Parses {@code auto}, {@code points} or {@code areas} in any case. */
    public static MapMode parse(String value) {
        for (MapMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new InvalidParameterException("mode", "must be one of auto, points, areas");
    }
}
