package io.crimelake.analytics.adapter.out.duckdb;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which partitions differ between two snapshots' file lists, assuming a file path names immutable content
 * (true of lake-service's snapshot files).
 *
 * @param replaced partitions ({@code year * 100 + month}) whose rows must not be taken from the older table:
 *     changed, added or removed
 * @param newFiles files of the newer snapshot in changed or added partitions
 */
record PartitionChanges(Set<Integer> replaced, List<Path> newFiles) {
    private static final Pattern PARTITION = Pattern.compile("year=([0-9]{4})/month=([0-9]{2})");

    PartitionChanges {
        replaced = Set.copyOf(replaced);
        newFiles = List.copyOf(newFiles);
    }

    static PartitionChanges between(List<Path> older, List<Path> newer) {
        Map<Integer, Set<Path>> before = byPartition(older);
        Map<Integer, Set<Path>> after = byPartition(newer);
        Set<Integer> replaced = new HashSet<>(before.keySet());
        replaced.addAll(after.keySet());
        replaced.removeIf(partition -> before.getOrDefault(partition, Set.of()).equals(after.get(partition)));
        List<Path> newFiles = newer.stream()
                .filter(file -> replaced.contains(partition(file)))
                .toList();
        return new PartitionChanges(replaced, newFiles);
    }

    /** The replaced partitions as a SQL list of integers, e.g. {@code (202401, 202402)}. */
    String replacedList() {
        return replaced.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private static Map<Integer, Set<Path>> byPartition(List<Path> files) {
        Map<Integer, Set<Path>> partitions = new HashMap<>();
        for (Path file : files) {
            partitions.computeIfAbsent(partition(file), key -> new HashSet<>()).add(file);
        }
        return partitions;
    }

    private static int partition(Path file) {
        // The last match: folders above the lake root could contain the pattern too.
        Matcher matcher = PARTITION.matcher(file.toString().replace('\\', '/'));
        Integer partition = null;
        while (matcher.find()) {
            partition = Integer.parseInt(matcher.group(1)) * 100 + Integer.parseInt(matcher.group(2));
        }
        if (partition == null) {
            throw new IllegalArgumentException("not inside a year=/month= partition: " + file);
        }
        return partition;
    }
}
