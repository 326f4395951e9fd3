package io.crimelake.simulator.synthetic;

import io.crimelake.simulator.data.CrimeRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates a day of Chicago-like crimes, deterministically for a seed and a day, with the quirks a client must
 * survive: missing coordinates, a few coordinates outside Chicago and a few unparsable latitudes.
 */
final class SyntheticCrimeGenerator {

    private static final double[] HOUR_WEIGHTS = {
        5.5, 3.3, 2.9, 2.5, 2.0, 1.6, 1.7, 2.3, 3.3, 4.2, 4.5, 4.6, 6.0, 4.9, 5.0, 5.3, 5.4, 5.4, 5.6, 5.5, 5.3, 5.0,
        4.8, 4.2
    };
    private static final double ROUND_HOUR_SHARE = 0.3;
    private static final double MISSING_COORDINATES = 0.01;
    private static final double OUTSIDE_CHICAGO = 1.0 / 2_000;
    private static final double UNPARSABLE_LATITUDE = 1.0 / 5_000;
    private static final double MISSING_LOCATION_DESCRIPTION = 0.003;
    private static final double LATER_CORRECTION = 0.05;
    private static final LocalTime PUBLICATION_TIME = LocalTime.of(15, 40);
    static final int PUBLICATION_LAG_DAYS = 7;

    private final long seed;
    private final OffenseCatalog offenses = OffenseCatalog.load();
    private final Places places = new Places();
    private final WeightedChoice<CommunityArea> areas;
    private final WeightedChoice<Integer> hours;

    SyntheticCrimeGenerator(long seed) {
        this.seed = seed;
        this.areas = new WeightedChoice<>(ChicagoGrid.communityAreas(), CommunityArea::crimeWeight);
        List<Integer> hourList = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hourList.add(hour);
        }
        this.hours = new WeightedChoice<>(hourList, hour -> HOUR_WEIGHTS[hour]);
    }

    /** A random source that depends only on the seed and the day, so that any day can be regenerated alone. */
    RandomGenerator randomFor(LocalDate day, long salt) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + day.toEpochDay() * 31 + salt);
    }

    OffenseCatalog offenses() {
        return offenses;
    }

    /**
     * Generates {@code count} crimes that happened on {@code day}, with ids ascending from {@code firstId}; rows
     * are published a week later, and never after {@code clock}, the dataset's current time.
     */
    List<CrimeRecord> day(LocalDate day, int count, long firstId, LocalDateTime clock) {
        RandomGenerator random = randomFor(day, 0);
        LocalDateTime published = LocalDateTime.of(day.plusDays(PUBLICATION_LAG_DAYS), PUBLICATION_TIME)
                .plusSeconds(random.nextInt(60));
        List<CrimeRecord> records = new ArrayList<>(count);
        long id = firstId;
        for (int index = 0; index < count; index++) {
            records.add(crime(id, day, index, random, published, clock));
            id += 1 + random.nextInt(2);
        }
        return records;
    }

    private CrimeRecord crime(
            long id, LocalDate day, int index, RandomGenerator random, LocalDateTime published, LocalDateTime clock) {
        Offense offense = offenses.pick(random);
        CommunityArea area = areas.pick(random);
        int minute = random.nextDouble() < ROUND_HOUR_SHARE ? 0 : random.nextInt(60);
        LocalDateTime date = day.atTime(hours.pick(random), minute);
        LocalDateTime updatedOn = updatedOn(date, published, clock, random);
        double latitude = area.south() + (0.05 + 0.9 * random.nextDouble()) * (area.north() - area.south());
        double longitude = area.west() + (0.05 + 0.9 * random.nextDouble()) * (area.east() - area.west());
        String block = places.block(latitude, longitude, random);
        Coordinates coordinates = Coordinates.of(latitude, longitude);
        double quirk = random.nextDouble();
        if (quirk < MISSING_COORDINATES) {
            coordinates = Coordinates.MISSING;
        } else if (quirk < MISSING_COORDINATES + OUTSIDE_CHICAGO) {
            coordinates = Coordinates.of(36.619446395, -91.686565684);
        } else if (quirk < MISSING_COORDINATES + OUTSIDE_CHICAGO + UNPARSABLE_LATITUDE) {
            coordinates = coordinates.withLatitudeText(coordinates.latitude().replace('.', ','));
        }
        return new CrimeRecord(
                id,
                CaseNumbers.of(day, index),
                date,
                block,
                offense.iucr(),
                offense.primaryType(),
                offense.description(),
                random.nextDouble() < MISSING_LOCATION_DESCRIPTION ? null : places.locationDescription(random),
                random.nextDouble() < offense.arrestProbability(),
                random.nextDouble() < offense.domesticProbability(),
                Places.beat(area.district(), random),
                Places.district(area.district()),
                Integer.toString(Places.ward(area, random)),
                Integer.toString(area.number()),
                offense.fbiCode(),
                coordinates.x(),
                coordinates.y(),
                Integer.toString(day.getYear()),
                updatedOn,
                coordinates.latitude(),
                coordinates.longitude());
    }

    // Most rows keep their first publication time; some were corrected later, but never after the clock.
    private static LocalDateTime updatedOn(
            LocalDateTime date, LocalDateTime published, LocalDateTime clock, RandomGenerator random) {
        LocalDateTime first = published.isAfter(clock) ? clock : published;
        if (random.nextDouble() < LATER_CORRECTION && first.isBefore(clock)) {
            long span = Duration.between(first, clock).toSeconds();
            first = first.plusSeconds(random.nextLong(span + 1));
        }
        return first.isBefore(date) ? date : first;
    }
}
