package io.crimelake.lakeformat.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every {@link ObjectStore} adapter must show; one subclass per adapter. */
abstract class AbstractObjectStoreTest {
    @TempDir
    Path localFiles;

    ObjectStore store;

    /** A fresh, empty store for each test. */
    abstract ObjectStore createStore() throws Exception;

    /** Whether the server behind the store checks a write's precondition atomically with the write itself. */
    boolean checksPreconditionsAtomically() {
        return true;
    }

    @BeforeEach
    void openStore() throws Exception {
        store = createStore();
    }

    @AfterEach
    void closeStore() throws IOException {
        store.close();
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        store.write("crimes/year=2024/month=03/part-1.parquet", bytes("hello lake"));

        assertThat(read("crimes/year=2024/month=03/part-1.parquet")).isEqualTo("hello lake");
        assertThat(store.exists("crimes/year=2024/month=03/part-1.parquet")).isTrue();
    }

    @Test
    void writeReplacesExistingObject() throws IOException {
        store.write("a/b.txt", bytes("old"));
        store.write("a/b.txt", bytes("new"));

        assertThat(read("a/b.txt")).isEqualTo("new");
    }

    @Test
    void openingMissingObjectThrowsNoSuchObject() {
        assertThatThrownBy(() -> store.open("missing/file.parquet"))
                .isInstanceOf(NoSuchObjectException.class)
                .hasMessageContaining("missing/file.parquet");
    }

    @Test
    void missingObjectAndFolderDoNotExist() throws IOException {
        store.write("crimes/year=2024/month=03/part-1.parquet", bytes("x"));

        assertThat(store.exists("crimes/year=2024/month=04/part-1.parquet")).isFalse();
        assertThat(store.exists("crimes/year=2024")).isFalse();
    }

    @Test
    void listsObjectsUnderPrefixSortedWithSizeAndTime() throws IOException {
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        store.write("crimes/year=2024/month=10/b.parquet", bytes("12345"));
        store.write("crimes/year=2024/month=02/a.parquet", bytes("123"));
        store.write("crimes/year=2023/month=12/c.parquet", bytes("1"));
        store.write("snapshots/current.json", bytes("{}"));

        List<ObjectEntry> entries = store.list("crimes/year=2024/");

        assertThat(entries)
                .extracting(ObjectEntry::key)
                .containsExactly("crimes/year=2024/month=02/a.parquet", "crimes/year=2024/month=10/b.parquet");
        assertThat(entries).extracting(ObjectEntry::size).containsExactly(3L, 5L);
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.lastModified())
                        .isBetween(before, Instant.now().plusSeconds(300)));
    }

    @Test
    void listMatchesPartialSegmentAndWholeLake() throws IOException {
        store.write("crimes/year=2024/month=01/a.parquet", bytes("1"));
        store.write("crimes/year=2023/month=01/a.parquet", bytes("1"));
        store.write("crashes/year=2024/month=01/a.parquet", bytes("1"));

        assertThat(store.list("crimes/year=202"))
                .extracting(ObjectEntry::key)
                .containsExactly("crimes/year=2023/month=01/a.parquet", "crimes/year=2024/month=01/a.parquet");
        assertThat(store.list("")).hasSize(3);
    }

    @Test
    void listingUnknownPrefixIsEmpty() throws IOException {
        assertThat(store.list("nothing/here/")).isEmpty();
    }

    @Test
    void uploadsAndDownloadsLargeFile() throws IOException {
        // Larger than one multipart part, so the S3 adapters exercise multipart uploads.
        byte[] content = new byte[12 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        Path source = Files.write(localFiles.resolve("source.parquet"), content);
        Path target = localFiles.resolve("cache/crimes/copy.parquet");

        store.upload("crimes/year=2024/month=01/big.parquet", source);
        store.download("crimes/year=2024/month=01/big.parquet", target);

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(store.list("crimes/"))
                .singleElement()
                .extracting(ObjectEntry::size)
                .isEqualTo((long) content.length);
    }

    @Test
    void downloadReplacesExistingTargetFile() throws IOException {
        Path target = Files.writeString(localFiles.resolve("cached.json"), "stale");
        store.write("snapshots/current.json", bytes("fresh"));

        store.download("snapshots/current.json", target);

        assertThat(target).hasContent("fresh");
    }

    @Test
    void failedDownloadLeavesNoFileBehind() throws IOException {
        Path target = localFiles.resolve("cache/missing.parquet");

        assertThatThrownBy(() -> store.download("missing.parquet", target)).isInstanceOf(NoSuchObjectException.class);

        assertThat(target).doesNotExist();
        assertThat(target.getParent())
                .satisfiesAnyOf(
                        dir -> assertThat(dir).doesNotExist(),
                        dir -> assertThat(dir).isEmptyDirectory());
    }

    @Test
    void deleteRemovesObjectAndIgnoresMissingOne() throws IOException {
        store.write("a/b.txt", bytes("x"));

        store.delete("a/b.txt");
        store.delete("a/never-existed.txt");

        assertThat(store.exists("a/b.txt")).isFalse();
        assertThat(store.list("a/")).isEmpty();
    }

    @Test
    void deleteAllRemovesEveryListedObject() throws IOException {
        store.write("a/1.txt", bytes("1"));
        store.write("a/2.txt", bytes("2"));
        store.write("a/keep.txt", bytes("3"));

        store.deleteAll(List.of("a/1.txt", "a/2.txt", "a/not-there.txt"));

        assertThat(store.list("a/")).extracting(ObjectEntry::key).containsExactly("a/keep.txt");
    }

    @Test
    void publishReplacesPointerContent() throws IOException {
        store.publish("snapshots/current.json", bytes("{\"version\":1}"));
        store.publish("snapshots/current.json", bytes("{\"version\":2}"));

        assertThat(read("snapshots/current.json")).isEqualTo("{\"version\":2}");
        assertThat(store.list("snapshots/")).hasSize(1);
    }

    @Test
    void createIfAbsentCreatesOnceAndNeverOverwrites() throws IOException {
        Optional<String> created = store.createIfAbsent("state/lease.json", bytes("first"));
        Optional<String> second = store.createIfAbsent("state/lease.json", bytes("second"));

        assertThat(created).isPresent();
        assertThat(second).isEmpty();
        assertThat(read("state/lease.json")).isEqualTo("first");
        assertThat(store.readVersioned("state/lease.json"))
                .hasValueSatisfying(object -> assertThat(object.version()).isEqualTo(created.get()));
    }

    @Test
    void readVersionedReturnsContentAndEmptyForMissingKey() throws IOException {
        store.write("state/a.json", bytes("a"));

        assertThat(store.readVersioned("state/a.json"))
                .hasValueSatisfying(object -> assertThat(object.content()).isEqualTo(bytes("a")));
        assertThat(store.readVersioned("state/missing.json")).isEmpty();
    }

    @Test
    void replaceIfSwapsOnlyFromTheExpectedVersion() throws IOException {
        String v1 = store.createIfAbsent("state/s.json", bytes("v1")).orElseThrow();
        String v2 = store.replaceIf("state/s.json", v1, bytes("v2")).orElseThrow();

        Optional<String> stale = store.replaceIf("state/s.json", v1, bytes("lost update"));

        assertThat(v2).isNotEqualTo(v1);
        assertThat(stale).isEmpty();
        assertThat(read("state/s.json")).isEqualTo("v2");
        assertThat(store.readVersioned("state/s.json").orElseThrow().version()).isEqualTo(v2);
    }

    @Test
    void replaceIfOfMissingObjectWritesNothing() throws IOException {
        String version = store.createIfAbsent("state/gone.json", bytes("x")).orElseThrow();
        store.delete("state/gone.json");

        assertThat(store.replaceIf("state/gone.json", version, bytes("y"))).isEmpty();
        assertThat(store.exists("state/gone.json")).isFalse();
    }

    @Test
    void exactlyOneOfManyRacingCreatorsWins() throws Exception {
        assumeTrue(checksPreconditionsAtomically(), "the server cannot prove atomicity");
        List<Optional<String>> results = race(16, writer -> store.createIfAbsent("locks/crimes.lease", bytes(writer)));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        String winner = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(store.readVersioned("locks/crimes.lease").orElseThrow().version())
                .isEqualTo(winner);
    }

    @Test
    void exactlyOneOfManyRacingSwapsFromTheSameVersionWins() throws Exception {
        assumeTrue(checksPreconditionsAtomically(), "the server cannot prove atomicity");
        String initial =
                store.createIfAbsent("locks/crimes.lease", bytes("free")).orElseThrow();

        List<Optional<String>> results =
                race(16, writer -> store.replaceIf("locks/crimes.lease", initial, bytes("held by " + writer)));

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    void compareAndSwapLoopsLoseNoIncrement() throws Exception {
        assumeTrue(checksPreconditionsAtomically(), "the server cannot prove atomicity");
        store.createIfAbsent("state/counter", bytes("0")).orElseThrow();

        race(4, writer -> {
            for (int i = 0; i < 10; i++) {
                increment(store, "state/counter");
            }
            return Optional.<String>empty();
        });

        assertThat(read("state/counter")).isEqualTo("40");
    }

    /** Adds one to a decimal counter object with a compare-and-swap loop. */
    static void increment(ObjectStore store, String key) throws IOException {
        while (true) {
            VersionedObject current = store.readVersioned(key).orElseThrow();
            long next = Long.parseLong(new String(current.content(), UTF_8)) + 1;
            if (store.replaceIf(key, current.version(), bytes(Long.toString(next)))
                    .isPresent()) {
                return;
            }
        }
    }

    /** Starts {@code writers} threads at once, each running {@code attempt} with its name, and collects results. */
    private static List<Optional<String>> race(int writers, Attempt attempt) throws Exception {
        var start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            List<Future<Optional<String>>> futures = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String name = "writer-" + writer;
                futures.add(threads.submit(() -> {
                    start.await();
                    return attempt.run(name);
                }));
            }
            start.countDown();
            List<Optional<String>> results = new ArrayList<>();
            for (Future<Optional<String>> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    @FunctionalInterface
    interface Attempt {
        Optional<String> run(String writer) throws IOException;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../outside", "a//b", "a/./b", "a/", ".tmp-1/x"})
    void rejectsKeysOutsideTheRules(String key) {
        assertThatThrownBy(() -> store.write(key, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsPrefixThatEscapesTheRoot() {
        assertThatThrownBy(() -> store.list("../")).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    String read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
