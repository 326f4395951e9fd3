package io.crimelake.analytics.testlake;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** A query string and the same filter written independently as a Java predicate over the rows. */
public record Scenario(String name, String query, Predicate<CrimeRecord> predicate) {

    @Override
    public String toString() {
        return name;
    }

    /** Filters that exercise each parameter, hour wrap-around and week, month and year boundaries. */
    public static List<Scenario> all() {
        return List.of(
                new Scenario("everything", "", r -> true),
                new Scenario(
                        "March 2024 thefts and batteries (type in any case)",
                        "from=2024-03-01&to=2024-03-31&type=THEFT&type=battery",
                        r -> between(r, "2024-03-01", "2024-03-31") && typeIn(r, "THEFT", "BATTERY")),
                new Scenario(
                        "nights across midnight in three districts with an arrest",
                        "from=2023-06-15&to=2024-02-10&hourFrom=22&hourTo=3&district=1&district=2&district=3"
                                + "&arrest=true",
                        r -> between(r, "2023-06-15", "2024-02-10")
                                && (r.date().getHour() >= 22 || r.date().getHour() <= 3)
                                && r.district() != null
                                && r.district() <= 3
                                && r.arrest()),
                new Scenario(
                        "office hours, not domestic, three community areas, whole history",
                        "communityArea=8&communityArea=32&communityArea=25&domestic=false&hourFrom=9&hourTo=17",
                        r -> r.communityArea() != null
                                && Set.of(8, 32, 25).contains(r.communityArea())
                                && !r.domestic()
                                && r.date().getHour() >= 9
                                && r.date().getHour() <= 17),
                new Scenario(
                        "two weeks across the new year",
                        "from=2023-12-25&to=2024-01-07",
                        r -> between(r, "2023-12-25", "2024-01-07")),
                new Scenario(
                        "a type with spaces and parentheses, open start",
                        "to=2023-09-30&type=NON-CRIMINAL%20(SUBJECT%20SPECIFIED)&type=MOTOR+VEHICLE+THEFT",
                        r -> !r.date().toLocalDate().isAfter(LocalDate.parse("2023-09-30"))
                                && typeIn(r, "NON-CRIMINAL (SUBJECT SPECIFIED)", "MOTOR VEHICLE THEFT")));
    }

    private static boolean typeIn(CrimeRecord record, String... types) {
        return record.primaryType() != null && Set.of(types).contains(record.primaryType());
    }

    private static boolean between(CrimeRecord record, String from, String to) {
        LocalDate day = record.date().toLocalDate();
        return !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }
}
