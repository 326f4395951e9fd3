package io.crimelake.simulator.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeDataset;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.CrimeTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticHistoryTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 3, 31);

    private static CrimeTable table;

    @BeforeAll
    static void generate() {
        table = SyntheticHistory.generate(42, FROM, TO, null).snapshot().table();
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedDifferentOnes() {
        CrimeTable first = SyntheticHistory.generate(7, FROM, FROM.plusDays(9), 5_000)
                .snapshot()
                .table();
        CrimeTable second = SyntheticHistory.generate(7, FROM, FROM.plusDays(9), 5_000)
                .snapshot()
                .table();
        CrimeTable other = SyntheticHistory.generate(8, FROM, FROM.plusDays(9), 5_000)
                .snapshot()
                .table();

        assertThat(first.size()).isEqualTo(5_000).isEqualTo(second.size());
        for (int row = 0; row < first.size(); row++) {
            assertThat(first.record(row)).isEqualTo(second.record(row));
        }
        assertThat(other.record(0)).isNotEqualTo(first.record(0));
    }

    @Test
    void dailyVolumeIsAboutSevenHundred() {
        assertThat(table.size() / 91.0).isBetween(600.0, 800.0);
    }

    @Test
    void theftAndBatteryAreTheMostCommonOfAboutThirtyFiveTypes() {
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < table.size(); row++) {
            counts.merge(table.text(Column.PRIMARY_TYPE, row), 1, Integer::sum);
        }

        assertThat(counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(2)
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("THEFT", "BATTERY");
        assertThat(counts.size()).isBetween(28, 35);
    }

    @Test
    void arrestAndDomesticRatesAreRealistic() {
        int arrests = 0;
        int domestic = 0;
        for (int row = 0; row < table.size(); row++) {
            arrests += Boolean.TRUE.equals(table.flag(Column.ARREST, row)) ? 1 : 0;
            domestic += Boolean.TRUE.equals(table.flag(Column.DOMESTIC, row)) ? 1 : 0;
        }

        assertThat(arrests / (double) table.size()).isBetween(0.15, 0.25);
        assertThat(domestic / (double) table.size()).isBetween(0.11, 0.20);
    }

    @Test
    void placesAreConsistentAndInsideChicagoExceptAFewQuirks() {
        int missing = 0;
        int outside = 0;
        int unparsable = 0;
        for (int row = 0; row < table.size(); row++) {
            CrimeRecord crime = table.record(row);
            assertThat(crime.beat()).startsWith(crime.district().substring(1));
            assertThat(Integer.parseInt(crime.ward())).isBetween(1, 50);
            assertThat(Integer.parseInt(crime.communityArea())).isBetween(1, 77);
            assertThat(ChicagoGrid.DISTRICTS).contains(Integer.parseInt(crime.district()));
            assertThat(crime.updatedOn()).isAfterOrEqualTo(crime.date());
            assertThat(crime.iucr()).isNotBlank();
            if (crime.latitude() == null) {
                missing++;
            } else if (Double.isNaN(table.number(Column.LATITUDE, row))) {
                unparsable++;
            } else {
                double latitude = table.number(Column.LATITUDE, row);
                double longitude = table.number(Column.LONGITUDE, row);
                boolean inside = latitude >= ChicagoGrid.SOUTH
                        && latitude <= ChicagoGrid.NORTH
                        && longitude >= ChicagoGrid.WEST
                        && longitude <= ChicagoGrid.EAST;
                outside += inside ? 0 : 1;
            }
        }

        assertThat(missing / (double) table.size()).isBetween(0.007, 0.013);
        assertThat(outside).isBetween(5, 80);
        assertThat(unparsable).isBetween(1, 40);
    }

    @Test
    void nightHoursAreQuieterThanEvenings() {
        int[] hours = new int[24];
        for (int row = 0; row < table.size(); row++) {
            hours[table.record(row).date().getHour()]++;
        }

        assertThat(hours[5]).isLessThan(hours[18] / 2);
    }

    @Test
    void latestPublishedDayEndsADatasetWhoseClockIsNotInTheFuture() {
        // 2024-06-20 10:00 in Chicago: the afternoon refresh has not run yet, so the newest published day is the 12th.
        Instant morning = ZonedDateTime.of(2024, 6, 20, 10, 0, 0, 0, SyntheticHistory.CHICAGO)
                .toInstant();
        Instant evening = ZonedDateTime.of(2024, 6, 20, 18, 0, 0, 0, SyntheticHistory.CHICAGO)
                .toInstant();

        assertThat(SyntheticHistory.latestPublishedDay(morning)).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(SyntheticHistory.latestPublishedDay(evening)).isEqualTo(LocalDate.of(2024, 6, 13));

        for (Instant now : new Instant[] {morning, evening}) {
            LocalDate to = SyntheticHistory.latestPublishedDay(now);
            CrimeDataset dataset = SyntheticHistory.generate(42, to.minusDays(3), to, null);
            CrimeTable rows = dataset.snapshot().table();
            assertThat(dataset.snapshot().rowsUpdatedAt()).isBeforeOrEqualTo(now);
            for (int row = 0; row < rows.size(); row++) {
                assertThat(rows.record(row)
                                .updatedOn()
                                .atZone(SyntheticHistory.CHICAGO)
                                .toInstant())
                        .isBeforeOrEqualTo(now);
            }
        }
    }
}
