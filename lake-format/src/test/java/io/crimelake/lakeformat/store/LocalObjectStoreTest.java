package io.crimelake.lakeformat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalObjectStoreTest extends AbstractObjectStoreTest {
    @TempDir
    Path lakeRoot;

    @Override
    ObjectStore createStore() throws IOException {
        return new LocalObjectStore(lakeRoot);
    }

    @Test
    void listIgnoresTemporaryFilesLeftByACrash() throws IOException {
        store.write("crimes/year=2024/month=01/a.parquet", bytes("done"));
        Path partition = lakeRoot.resolve("crimes/year=2024/month=01");
        Files.writeString(partition.resolve(".tmp-1234-b.parquet"), "half written");
        Files.createDirectories(lakeRoot.resolve("crimes/.tmp-dir"));
        Files.writeString(lakeRoot.resolve("crimes/.tmp-dir/c.parquet"), "inside a temporary folder");

        assertThat(store.list("crimes/"))
                .extracting(ObjectEntry::key)
                .containsExactly("crimes/year=2024/month=01/a.parquet");
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        store.write("a/b.txt", bytes("1"));
        store.publish("a/c.json", bytes("2"));
        store.upload("a/d.bin", Files.writeString(localFiles.resolve("d.bin"), "3"));

        try (Stream<Path> files = Files.list(lakeRoot.resolve("a"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("b.txt", "c.json", "d.bin");
        }
    }

    @Test
    void storesObjectsAsPlainFilesUnderTheRoot() throws IOException {
        store.write("crimes/year=2024/month=01/a.parquet", bytes("data"));

        assertThat(lakeRoot.resolve("crimes/year=2024/month=01/a.parquet")).hasContent("data");
    }

    @Test
    void createsMissingRootFolder() throws IOException {
        Path root = lakeRoot.resolve("not/yet/there");

        try (ObjectStore created = new LocalObjectStore(root)) {
            created.write("x.txt", bytes("x"));
        }

        assertThat(root.resolve("x.txt")).exists();
    }

    @Test
    void compareAndSwapIsAtomicAcrossProcesses() throws Exception {
        store.createIfAbsent("state/counter", bytes("0")).orElseThrow();
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            CounterProcess.class.getName(),
                            lakeRoot.toString(),
                            "state/counter",
                            "25")
                    .inheritIO()
                    .start());
        }
        for (int i = 0; i < 25; i++) {
            increment(store, "state/counter");
        }
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        assertThat(read("state/counter")).isEqualTo("75");
    }

    @Test
    void conditionalWritesLeaveOnlyHiddenLockFilesBehind() throws IOException {
        String version = store.createIfAbsent("a/lease", bytes("1")).orElseThrow();
        store.replaceIf("a/lease", version, bytes("2")).orElseThrow();

        assertThat(store.list("a/")).extracting(ObjectEntry::key).containsExactly("a/lease");
    }

    @Test
    void openingAFolderThrowsNoSuchObject() throws IOException {
        store.write("crimes/year=2024/month=01/a.parquet", bytes("data"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.open("crimes/year=2024"))
                .isInstanceOf(NoSuchObjectException.class);
    }
}
