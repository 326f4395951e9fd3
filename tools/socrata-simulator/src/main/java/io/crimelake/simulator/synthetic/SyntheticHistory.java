package io.crimelake.simulator.synthetic;

import io.crimelake.simulator.data.CrimeDataset;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.CrimeTableBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Builds the initial synthetic dataset for a date range, as the portal would have published it a week later. */
public final class SyntheticHistory {

    /** The portal's timestamps are Chicago wall-clock time; metadata times are instants. */
    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static final LocalDate FIRST_PORTAL_DAY = LocalDate.of(2001, 1, 1);
    private static final long IDS_PER_DAY = 1_500;
    private static final long FIRST_ID = 700_000;
    private static final int PUBLICATION_LAG_DAYS = SyntheticCrimeGenerator.PUBLICATION_LAG_DAYS;
    // When the afternoon refresh has finished publishing (the generator spreads rows over its first minute).
    private static final LocalTime PUBLICATION_TIME = LocalTime.of(15, 40, 52);

    private SyntheticHistory() {}

    /**
     * Generates crimes from {@code from} to {@code to} inclusive: about 700 a day, or exactly {@code rows} spread
     * over the range when {@code rows} is not null.
     */
    public static CrimeDataset generate(long seed, LocalDate from, LocalDate to, Integer rows) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + ".." + to);
        }
        SyntheticCrimeGenerator generator = new SyntheticCrimeGenerator(seed);
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int[] counts = rows == null ? sampledCounts(generator, from, days) : DailyVolume.distribute(from, days, rows);
        LocalDateTime clock = publicationTimeOf(to);
        CrimeTableBuilder builder = new CrimeTableBuilder();
        long nextId = FIRST_ID + ChronoUnit.DAYS.between(FIRST_PORTAL_DAY, from) * IDS_PER_DAY;
        for (int i = 0; i < days; i++) {
            List<CrimeRecord> records = generator.day(from.plusDays(i), counts[i], nextId, clock);
            records.forEach(builder::add);
            nextId = records.isEmpty() ? nextId : records.getLast().id() + 1;
        }
        return new CrimeDataset(builder.build(), clock.atZone(CHICAGO).toInstant());
    }

    /** The range that holds {@code rows} crimes at the usual daily volume, ending on {@code to}. */
    public static LocalDate startForRows(LocalDate to, int rows) {
        long days = Math.max(1, (long) Math.ceil(rows / DailyVolume.MEAN_PER_DAY));
        return to.minusDays(days - 1);
    }

    /** The portal publishes a day's crimes a week later, in its afternoon refresh. */
    static LocalDateTime publicationTimeOf(LocalDate day) {
        return LocalDateTime.of(day.plusDays(PUBLICATION_LAG_DAYS), PUBLICATION_TIME);
    }

    /**
     * The newest day whose crimes the portal has published at {@code now}: a dataset ending on it has its clock (its
     * {@code rowsUpdatedAt} and newest {@code updated_on}) in the past, as the real portal's is.
     */
    public static LocalDate latestPublishedDay(Instant now) {
        LocalDateTime chicagoNow = LocalDateTime.ofInstant(now, CHICAGO);
        LocalDate day = chicagoNow.toLocalDate().minusDays(PUBLICATION_LAG_DAYS);
        return publicationTimeOf(day).isAfter(chicagoNow) ? day.minusDays(1) : day;
    }

    private static int[] sampledCounts(SyntheticCrimeGenerator generator, LocalDate from, int days) {
        int[] counts = new int[days];
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            counts[i] = DailyVolume.sample(day, generator.randomFor(day, 1));
        }
        return counts;
    }
}
