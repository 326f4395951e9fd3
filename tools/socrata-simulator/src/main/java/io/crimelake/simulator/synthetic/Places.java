package io.crimelake.simulator.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Turns a point in the synthetic city into the portal's place fields: block, state-plane x/y, beat and ward. */
final class Places {

    // Chicago's address grid: State St and Madison St are the zero lines, 800 numbers to the mile.
    private static final double STATE_STREET_LONGITUDE = -87.6277;
    private static final double MADISON_STREET_LATITUDE = 41.8819;
    private static final double MILES_PER_DEGREE_LATITUDE = 69.05;
    private static final double MILES_PER_DEGREE_LONGITUDE = 51.6;
    private static final int NUMBERS_PER_MILE = 800;

    // A linear fit of Illinois East state-plane feet around a known portal point; good to a few hundred feet.
    private static final double REFERENCE_LATITUDE = 41.852904198;
    private static final double REFERENCE_LONGITUDE = -87.628264394;
    private static final double REFERENCE_X = 1_176_338;
    private static final double REFERENCE_Y = 1_889_777;
    private static final double FEET_PER_DEGREE_LONGITUDE = 268_300;
    private static final double FEET_PER_DEGREE_LATITUDE = 365_800;

    private final List<String[]> streets;
    private final WeightedChoice<String[]> locationDescriptions;

    Places() {
        streets = TsvResource.read("streets.tsv");
        locationDescriptions = new WeightedChoice<>(
                TsvResource.read("location-descriptions.tsv"), fields -> Double.parseDouble(fields[1]));
    }

    String block(double latitude, double longitude, RandomGenerator random) {
        String[] street = streets.get(random.nextInt(streets.size()));
        boolean numberedNorthSouth = street[1].equals("NS");
        double offsetMiles = numberedNorthSouth
                ? (latitude - MADISON_STREET_LATITUDE) * MILES_PER_DEGREE_LATITUDE
                : (longitude - STATE_STREET_LONGITUDE) * MILES_PER_DEGREE_LONGITUDE;
        String direction = numberedNorthSouth ? (offsetMiles >= 0 ? "N" : "S") : (offsetMiles >= 0 ? "E" : "W");
        int hundreds = (int) (Math.abs(offsetMiles) * NUMBERS_PER_MILE / 100);
        String number = hundreds == 0 ? "0000X" : String.format(Locale.ROOT, "%03dXX", hundreds);
        return number + " " + direction + " " + street[0];
    }

    String locationDescription(RandomGenerator random) {
        return locationDescriptions.pick(random)[0];
    }

    static long xCoordinate(double longitude) {
        return Math.round(REFERENCE_X + (longitude - REFERENCE_LONGITUDE) * FEET_PER_DEGREE_LONGITUDE);
    }

    static long yCoordinate(double latitude) {
        return Math.round(REFERENCE_Y + (latitude - REFERENCE_LATITUDE) * FEET_PER_DEGREE_LATITUDE);
    }

    /** A beat's first two digits are its district, then a sector and a beat within the sector. */
    static String beat(int district, RandomGenerator random) {
        return zeroPadded(district, 2) + (1 + random.nextInt(3)) + (1 + random.nextInt(4));
    }

    /** Districts are served zero-padded to three digits ("009"). */
    static String district(int district) {
        return zeroPadded(district, 3);
    }

    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    static int ward(CommunityArea area, RandomGenerator random) {
        int base = 1 + (area.number() - 1) * 50 / 77;
        return Math.clamp(base + random.nextInt(3) - 1, 1, 50);
    }
}
