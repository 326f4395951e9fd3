package io.crimelake.simulator.synthetic;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeDataset;
import io.crimelake.simulator.data.CrimeDataset.Snapshot;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.CrimeTableBuilder;
import io.crimelake.simulator.data.FloatingTimestamps;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * Moves the dataset forward a day at a time the way the portal's daily refresh does: a day of new crimes, some
 * older crimes reclassified or their arrest flag changed (with a newer {@code updated_on}), a few deleted.
 */
public final class DatasetAdvancer {

    private static final int NEW_ROWS_PER_UPDATE = 20;
    private static final int NEW_ROWS_PER_DELETE = 350;

    private final SyntheticCrimeGenerator generator;

    public DatasetAdvancer(long seed) {
        this.generator = new SyntheticCrimeGenerator(seed);
    }

    public AdvanceResult advance(CrimeDataset dataset, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        AdvanceResult total = null;
        for (int i = 0; i < days; i++) {
            AtomicReference<AdvanceResult> result = new AtomicReference<>();
            dataset.update(snapshot -> advanceOneDay(snapshot, result));
            total = total == null ? result.get() : total.plus(result.get());
        }
        return total;
    }

    // Runs inside the dataset's update so that no concurrent advance interleaves; reports what it did via result.
    private Snapshot advanceOneDay(Snapshot snapshot, AtomicReference<AdvanceResult> result) {
        CrimeTable table = snapshot.table();
        LocalDateTime clock = LocalDateTime.ofInstant(snapshot.rowsUpdatedAt(), SyntheticHistory.CHICAGO)
                .plusDays(1);
        LocalDate day = lastCrimeDay(table, clock).plusDays(1);
        RandomGenerator random = generator.randomFor(day, 2);
        long firstId = table.size() == 0 ? 1 : table.id(table.size() - 1) + 1 + random.nextInt(5);
        List<CrimeRecord> added = generator.day(day, DailyVolume.sample(day, random), firstId, clock);

        CrimeTableBuilder builder = table.toBuilder();
        int existing = table.size();
        BitSet touched = new BitSet(existing);
        int updates = existing == 0 ? 0 : Math.max(1, added.size() / NEW_ROWS_PER_UPDATE);
        for (int i = 0; i < updates; i++) {
            int row = random.nextInt(existing);
            touched.set(row);
            revise(builder, row, table.text(Column.PRIMARY_TYPE, row), random);
            builder.setUpdatedOn(row, clock);
        }
        BitSet deleted = new BitSet(existing);
        int deletes = existing <= updates ? 0 : Math.max(1, added.size() / NEW_ROWS_PER_DELETE);
        while (deleted.cardinality() < deletes) {
            int row = random.nextInt(existing);
            if (!touched.get(row)) {
                deleted.set(row);
            }
        }
        added.forEach(builder::add);
        builder.delete(deleted);
        AdvanceResult done = new AdvanceResult(
                added.size(),
                touched.cardinality(),
                deletes,
                clock.atZone(SyntheticHistory.CHICAGO).toInstant());
        result.set(done);
        return new Snapshot(builder.build(), done.rowsUpdatedAt());
    }

    // Half of the revisions reclassify the crime, the other half record (or withdraw) an arrest.
    private void revise(CrimeTableBuilder builder, int row, String primaryType, RandomGenerator random) {
        if (random.nextBoolean()) {
            Offense offense = generator.offenses().pickOtherThan(primaryType, random);
            builder.setText(Column.PRIMARY_TYPE, row, offense.primaryType());
            builder.setText(Column.IUCR, row, offense.iucr());
            builder.setText(Column.DESCRIPTION, row, offense.description());
            builder.setText(Column.FBI_CODE, row, offense.fbiCode());
        } else {
            builder.setFlag(Column.ARREST, row, !Boolean.TRUE.equals(builder.flag(Column.ARREST, row)));
        }
    }

    private static LocalDate lastCrimeDay(CrimeTable table, LocalDateTime clock) {
        long latest = FloatingTimestamps.MISSING;
        for (int row = 0; row < table.size(); row++) {
            latest = Math.max(latest, table.timestamp(Column.DATE, row));
        }
        return latest == FloatingTimestamps.MISSING
                ? clock.toLocalDate().minusDays(8)
                : FloatingTimestamps.toDateTime(latest).toLocalDate();
    }
}
