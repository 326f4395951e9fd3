package io.crimelake.analytics.testlake;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Answers computed in plain Java over the generated rows, independently of DuckDB and the service's SQL. */
public record Expected(List<CrimeRecord> matching) {

    public static Expected of(TestLake lake, Predicate<CrimeRecord> filter) {
        return new Expected(lake.records().stream().filter(filter).toList());
    }

    /** Counts per bucket start, oldest first; ISO weeks start on Monday. */
    public Map<LocalDate, Long> timeseries(String grain) {
        Function<CrimeRecord, LocalDate> bucket = switch (grain) {
            case "day" -> r -> r.date().toLocalDate();
            case "week" -> r -> r.date().toLocalDate().with(previousOrSame(DayOfWeek.MONDAY));
            case "month" -> r -> r.date().toLocalDate().withDayOfMonth(1);
            default -> throw new IllegalArgumentException(grain);
        };
        return matching.stream().collect(Collectors.groupingBy(bucket, TreeMap::new, Collectors.counting()));
    }

    /** The n most frequent non-null types, ties by name. */
    public Map<String, Long> topTypes(int n) {
        return countsByType(matching).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** {@code [isoDayOfWeek - 1][hour]} counts of the wall-clock times as stored. */
    public long[][] heatmap() {
        long[][] cells = new long[7][24];
        for (CrimeRecord record : matching) {
            cells[record.date().getDayOfWeek().getValue() - 1][record.date().getHour()]++;
        }
        return cells;
    }

    /** Arrests per non-null type, most frequent type first. */
    public Map<String, Long> arrestsByType() {
        return countsByType(matching.stream().filter(CrimeRecord::arrest).toList());
    }

    public Map<String, Long> incidentsByType() {
        return countsByType(matching);
    }

    public Map<Integer, Long> byCommunityArea() {
        return matching.stream()
                .filter(r -> r.communityArea() != null)
                .collect(Collectors.groupingBy(CrimeRecord::communityArea, TreeMap::new, Collectors.counting()));
    }

    public long located() {
        return matching.stream().filter(r -> r.latitude() != null).count();
    }

    /** Newest first, ties by id descending: the incident table's order. */
    public List<CrimeRecord> newestFirst() {
        return matching.stream()
                .sorted(Comparator.comparing(CrimeRecord::date)
                        .thenComparing(CrimeRecord::id)
                        .reversed())
                .toList();
    }

    private static Map<String, Long> countsByType(List<CrimeRecord> records) {
        return records.stream()
                .map(CrimeRecord::primaryType)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
