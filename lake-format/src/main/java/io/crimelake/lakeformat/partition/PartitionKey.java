package io.crimelake.lakeformat.partition;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides where a row's file goes: {@code <dataset>/year=YYYY/month=MM} under the lake
 * root, with a four-digit year and a two-digit month so paths sort in time order.
 *
 * <p>The year and month come from the dataset's floating partition timestamp as written (Chicago wall-clock
 * time), so an incident at 23:55 on 31 December stays in December.
 */
public record PartitionKey(String dataset, int year, int month) {
    private static final Pattern DATASET_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern PATH =
            Pattern.compile("(?<dataset>[a-z][a-z0-9_-]*)/year=(?<year>[0-9]{4})/month=(?<month>[0-9]{2})(/.*)?");

    public PartitionKey {
        requireValidDatasetName(dataset);
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12: " + month);
        }
    }

    /** The partition holding rows whose partition timestamp is {@code timestamp}. */
    public static PartitionKey of(String dataset, LocalDateTime timestamp) {
        requireNonNull(timestamp, "timestamp is null");
        return new PartitionKey(dataset, timestamp.getYear(), timestamp.getMonthValue());
    }

    /**
     * Reads the partition back from a lake-relative path: the partition folder itself or any object below
     * it, e.g. {@code crimes/year=2024/month=03/part-0001.parquet}. Empty for paths outside the layout.
     */
    public static Optional<PartitionKey> fromPath(String path) {
        requireNonNull(path, "path is null");
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(matcher.group("month"));
        int year = Integer.parseInt(matcher.group("year"));
        if (month < 1 || month > 12 || year < 1) {
            return Optional.empty();
        }
        return Optional.of(new PartitionKey(matcher.group("dataset"), year, month));
    }

    /** Checks a dataset name is a single lower-case path segment, safe as a folder name on every store. */
    public static void requireValidDatasetName(String dataset) {
        requireNonNull(dataset, "dataset is null");
        if (!DATASET_NAME.matcher(dataset).matches()) {
            throw new IllegalArgumentException(
                    "dataset name must be lower case letters, digits, '_' or '-': '" + dataset + "'");
        }
    }

    /** The partition folder relative to the lake root, without a trailing slash. */
    public String path() {
        return "%s/year=%04d/month=%02d".formatted(dataset, year, month);
    }

    /** The listing prefix for the partition's objects, with a trailing slash. */
    public String prefix() {
        return path() + "/";
    }
}
