package io.crimelake.analytics.testlake;

import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small generated crimes lake in the real layout, with the rows kept in memory for independent checks. */
public record TestLake(Path root, List<CrimeRecord> records) {
    public static final List<String> TYPES = List.of(
            "THEFT",
            "BATTERY",
            "CRIMINAL DAMAGE",
            "ASSAULT",
            "DECEPTIVE PRACTICE",
            "NARCOTICS",
            "MOTOR VEHICLE THEFT",
            "NON-CRIMINAL (SUBJECT SPECIFIED)");
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final Instant INGESTED_AT = Instant.parse("2025-01-07T04:00:00Z");

    private static TestLake shared;

    /**
     * The lake most tests share: 4,000 random rows over 2023-2024 plus hand-picked boundary rows, and stored
     * community-area boundaries ({@link TestBoundaries}).
     */
    public static synchronized TestLake shared() {
        if (shared == null) {
            shared = generate(temporaryFolder("crimelake-analytics-lake"), 20_240_101L, 4_000, 1_000_000L);
            TestBoundaries.store(shared.root(), TestBoundaries.VERSION, TestBoundaries.names());
        }
        return shared;
    }

    /** Writes {@code count} random rows (ids from {@code firstId}) plus boundary rows under {@code root}. */
    public static TestLake generate(Path root, long seed, int count, long firstId) {
        Random random = new Random(seed);
        List<CrimeRecord> records = new ArrayList<>();
        long id = firstId;
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        for (int i = 0; i < count; i++) {
            LocalDateTime date = FIRST_DAY
                    .plusDays(random.nextInt(days))
                    .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
            records.add(randomRecord(random, id++, date));
        }
        for (LocalDateTime boundary : boundaryTimes()) {
            records.add(randomRecord(random, id++, boundary));
        }
        write(root, records);
        return new TestLake(root, List.copyOf(records));
    }

    /** Times where hour, day, ISO week, month and year boundaries and a daylight-saving gap can go wrong. */
    static List<LocalDateTime> boundaryTimes() {
        return List.of(
                LocalDateTime.of(2023, 12, 31, 23, 59, 59), // Sunday, last second of a year and an ISO week
                LocalDateTime.of(2024, 1, 1, 0, 0, 0), // Monday, first second of the next
                LocalDateTime.of(2023, 1, 1, 0, 0, 0), // a Sunday: ISO week starting 2022-12-26
                LocalDateTime.of(2024, 3, 10, 2, 30, 0), // Chicago spring-forward gap: stays 02:30
                LocalDateTime.of(2024, 11, 3, 1, 30, 0), // Chicago fall-back: ambiguous, stays 01:30
                LocalDateTime.of(2024, 2, 29, 12, 0, 0),
                LocalDateTime.of(2024, 12, 31, 23, 59, 59));
    }

    private static CrimeRecord randomRecord(Random random, long id, LocalDateTime date) {
        String type = random.nextInt(50) == 0 ? null : TYPES.get(skewed(random, TYPES.size()));
        Integer district = random.nextInt(30) == 0 ? null : 1 + random.nextInt(25);
        Integer area = random.nextInt(30) == 0 ? null : 1 + random.nextInt(77);
        boolean flagged = random.nextInt(50) == 0;
        boolean located = !flagged && random.nextInt(20) != 0;
        Double latitude = located ? 41.65 + random.nextDouble() * 0.4 : null;
        Double longitude = located ? -87.9 + random.nextDouble() * 0.35 : null;
        return new CrimeRecord(
                id,
                "JG" + id,
                date,
                "0" + random.nextInt(100) + "XX S \"STATE\", ST",
                "0486",
                type,
                "DESCRIPTION " + random.nextInt(5),
                random.nextBoolean() ? "STREET" : "APARTMENT",
                random.nextInt(5) == 0,
                random.nextInt(7) == 0,
                "0421",
                district,
                random.nextInt(50) + 1,
                area,
                "08B",
                1_175_000.0,
                1_873_000.0,
                date.getYear(),
                date.plusDays(2),
                latitude,
                longitude,
                flagged,
                "run-test",
                INGESTED_AT);
    }

    /** The same record under another id, for a rewritten partition. */
    public static CrimeRecord withId(CrimeRecord r, long id) {
        return new CrimeRecord(
                id,
                r.caseNumber(),
                r.date(),
                r.block(),
                r.iucr(),
                r.primaryType(),
                r.description(),
                r.locationDescription(),
                r.arrest(),
                r.domestic(),
                r.beat(),
                r.district(),
                r.ward(),
                r.communityArea(),
                r.fbiCode(),
                r.xCoordinate(),
                r.yCoordinate(),
                r.year(),
                r.updatedOn(),
                r.latitude(),
                r.longitude(),
                r.locationFlagged(),
                r.ingestRunId(),
                r.ingestedAt());
    }

    /** Biased towards the first values so top-n orderings have clear winners. */
    private static int skewed(Random random, int size) {
        return Math.min(random.nextInt(size), random.nextInt(size));
    }

    /** Writes the records into one Parquet file per {@code crimes/year=YYYY/month=MM} partition. */
    public static void write(Path root, List<CrimeRecord> records) {
        Map<String, List<CrimeRecord>> byPartition = new TreeMap<>();
        for (CrimeRecord record : records) {
            String folder = PartitionKey.of(CrimesDataset.NAME, record.date()).path();
            byPartition.computeIfAbsent(folder, key -> new ArrayList<>()).add(record);
        }
        try {
            for (Map.Entry<String, List<CrimeRecord>> partition : byPartition.entrySet()) {
                Path folder = Files.createDirectories(root.resolve(partition.getKey()));
                Path file = folder.resolve("part-" + records.getFirst().id() + ".parquet");
                try (LakeParquetWriter<CrimeRecord> writer =
                        LakeParquetWriter.create(CrimesDataset.definition(), file)) {
                    for (CrimeRecord record : partition.getValue()) {
                        writer.write(record);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new temporary folder deleted when the test JVM exits. */
    public static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort at JVM exit: a leftover temp folder is harmless.
        }
    }
}
