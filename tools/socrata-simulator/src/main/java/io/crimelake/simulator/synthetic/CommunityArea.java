package io.crimelake.simulator.synthetic;

import static java.util.Objects.requireNonNull;

/** A community area of the synthetic city: its number and name, its grid cell, and the police district over it. */
public record CommunityArea(
        int number,
        String name,
        double crimeWeight,
        double south,
        double west,
        double north,
        double east,
        int district) {

    public CommunityArea {
        requireNonNull(name, "name is null");
        if (number < 1 || number > 77) {
            throw new IllegalArgumentException("community area number out of range: " + number);
        }
        if (south >= north || west >= east) {
            throw new IllegalArgumentException("empty cell for area " + number);
        }
    }
}
