package io.crimelake.simulator.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The four coordinate fields of a crime as served text; all {@code null} when the location is withheld. */
record Coordinates(String latitude, String longitude, String x, String y) {

    static final Coordinates MISSING = new Coordinates(null, null, null, null);

    static Coordinates of(double latitude, double longitude) {
        return new Coordinates(
                nineDecimals(latitude),
                nineDecimals(longitude),
                Long.toString(Places.xCoordinate(longitude)),
                Long.toString(Places.yCoordinate(latitude)));
    }

    Coordinates withLatitudeText(String text) {
        return new Coordinates(text, longitude, x, y);
    }

    // The portal publishes nine decimals without trailing zeros.
    private static String nineDecimals(double value) {
        return BigDecimal.valueOf(value)
                .setScale(9, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
