package io.crimelake.analytics.adapter.out.lakemanifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.analytics.adapter.out.duckdb.DuckDbCrimeStatistics;
import io.crimelake.analytics.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.analytics.adapter.out.duckdb.ParquetScans;
import io.crimelake.analytics.adapter.out.duckdb.QueryExecutor;
import io.crimelake.analytics.domain.Grain;
import io.crimelake.analytics.domain.QueryFilter;
import io.crimelake.analytics.domain.Snapshot;
import io.crimelake.analytics.domain.TimeBucket;
import io.crimelake.analytics.testlake.TestLake;
import io.crimelake.lakeformat.store.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest source's contract on every kind of lake store: follows manifests in lake-service's format 1
 * and keeps replaced files readable through the grace period.
 */
abstract class AbstractManifestSnapshotSourceTest {
    private static final Duration GRACE = Duration.ofMinutes(10);

    @TempDir
    Path scratch;

    @TempDir
    Path serving;

    private final MutableClock clock = new MutableClock();

    /** The lake store under test, empty. */
    abstract ObjectStore store() throws Exception;

    /** The lake's folder when the store is local, else null. */
    abstract Path localRoot();

    private ManifestSnapshotSource source() throws Exception {
        return new ManifestSnapshotSource(store(), localRoot(), serving, GRACE, clock);
    }

    /** Publishes a manifest the way lake-service's ObjectStoreSnapshotStore does: manifest, then pointer. */
    private void publish(long id, List<String> keys) throws Exception {
        String files = keys.stream().map(key -> """
                        {"key":"%s","year":2024,"month":1,"rows":10,"bytes":2048,\
                        "minDate":"2024-01-01T00:00:00","maxDate":"2024-01-31T23:00:00","minId":1,"maxId":10,\
                        "sha256":"00ff","writtenBySnapshot":%d,"writtenAt":"2025-01-0%dT04:00:00Z"}""".formatted(key, id, id)).collect(Collectors.joining(","));
        String manifestKey = "_snapshots/crimes/%020d.json".formatted(id);
        put(manifestKey, """
                {"formatVersion":1,"snapshotId":%d,"dataset":"crimes","committedAt":"2025-01-0%dT04:00:00Z",\
                "parentSnapshotId":null,"batchId":"batch-%d","rows":10,"bytes":2048,"files":[%s]}""".formatted(id, id, id, files));
        store().publish(ManifestSnapshotSource.POINTER, manifestKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads a generated lake's files and returns their keys. */
    private List<String> upload(TestLake testLake) throws Exception {
        try (Stream<Path> files = Files.walk(testLake.root().resolve("crimes"))) {
            List<Path> parquet = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : parquet) {
                store().upload(testLake.root().relativize(file).toString(), file);
            }
            return parquet.stream()
                    .map(file -> testLake.root().relativize(file).toString())
                    .toList();
        }
    }

    @Test
    void hasNoSnapshotUntilLakeServicePublishesOne() throws Exception {
        assertThat(source().current()).isEmpty();
    }

    @Test
    void servesExactlyTheFilesTheCurrentManifestLists() throws Exception {
        TestLake testLake = TestLake.generate(scratch.resolve("generated"), 7, 300, 1);
        List<String> keys = upload(testLake);
        publish(3, keys.subList(0, 5));

        Snapshot snapshot = source().current().orElseThrow();

        assertThat(snapshot.id()).isEqualTo("3");
        assertThat(snapshot.committedAt()).isEqualTo(Instant.parse("2025-01-03T04:00:00Z"));
        assertThat(snapshot.files())
                .hasSize(5)
                .allSatisfy(file -> assertThat(file).startsWith(serving));
        long expectedRows = testLake.records().stream()
                .filter(r -> keys.subList(0, 5).stream()
                        .anyMatch(key -> key.contains("year=%04d/month=%02d/"
                                .formatted(r.date().getYear(), r.date().getMonthValue()))))
                .count();
        try (DuckDbDatabase database = new DuckDbDatabase(1, "256MB", serving);
                QueryExecutor executor = new QueryExecutor(database, 1, 1, Duration.ofSeconds(30), GRACE)) {
            List<TimeBucket> months = new DuckDbCrimeStatistics(new ParquetScans(executor))
                    .timeseries(snapshot, QueryFilter.everything(), Grain.MONTH);
            assertThat(months.stream().mapToLong(TimeBucket::count).sum()).isEqualTo(expectedRows);
        }
    }

    @Test
    void keepsAReplacedFileReadableThroughTheGracePeriodAfterLakeServiceDeletesIt() throws Exception {
        String old = "crimes/year=2024/month=01/part-00000000000000000001-a.parquet";
        put(old, old);
        publish(1, List.of(old));
        ManifestSnapshotSource source = source();
        Path pinnedOld = source.current().orElseThrow().files().getFirst();
        String replacement = "crimes/year=2024/month=01/part-00000000000000000002-b.parquet";
        put(replacement, replacement);
        publish(2, List.of(replacement));
        store().delete(old);

        assertThat(source.current().orElseThrow().id()).isEqualTo("2");
        assertThat(pinnedOld).exists();
        clock.advance(GRACE.plusSeconds(1));
        source.current();
        assertThat(pinnedOld).doesNotExist();
    }

    @Test
    void findsAFileLakeServiceAlreadyMovedToItsRetainedCopies() throws Exception {
        String key = "crimes/year=2024/month=02/part-00000000000000000004-c.parquet";
        put("_retained/" + key, "retained bytes");
        publish(4, List.of(key));

        Path served = source().current().orElseThrow().files().getFirst();

        assertThat(Files.readString(served)).isEqualTo("retained bytes");
    }

    @Test
    void refusesAManifestListingAFileOutsideThePartitions() throws Exception {
        publish(5, List.of("crimes/year=2024/month=01/../../../etc/passwd.parquet"));

        assertThatThrownBy(() -> source().current()).hasMessageContaining("unexpected file");
    }

    private void put(String key, String content) throws Exception {
        store().write(key, content.getBytes(StandardCharsets.UTF_8));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
