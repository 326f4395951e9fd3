package io.crimelake.analytics.adapter.out.lakefolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.analytics.domain.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderSnapshotSourceTest {

    @TempDir
    Path lake;

    private Path file(String relative) throws IOException {
        Path file = lake.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, relative);
    }

    @Test
    void hasNoSnapshotBeforeAnyDataFileExists() throws IOException {
        LocalFolderSnapshotSource source = new LocalFolderSnapshotSource(lake);
        assertThat(source.current()).isEmpty();

        Files.createDirectories(lake.resolve("crimes/year=2024/month=01"));
        assertThat(source.current()).isEmpty();
    }

    @Test
    void listsOnlyCommittedPartitionFilesInPathOrder() throws IOException {
        Path march = file("crimes/year=2024/month=03/part-1.parquet");
        Path january = file("crimes/year=2024/month=01/part-1.parquet");
        file("crimes/year=2024/month=01/.tmp-123.parquet");
        file("crimes/year=2024/month=01/notes.txt");
        file("crimes/stray.parquet");
        file("other/year=2024/month=01/part-1.parquet");

        Snapshot snapshot = new LocalFolderSnapshotSource(lake).current().orElseThrow();

        assertThat(snapshot.files()).containsExactly(january, march);
        assertThat(snapshot.id()).startsWith("folder-");
    }

    @Test
    void changesItsIdWhenAFileIsAddedAndKeepsItOtherwise() throws IOException {
        file("crimes/year=2024/month=01/part-1.parquet");
        LocalFolderSnapshotSource source = new LocalFolderSnapshotSource(lake);
        String first = source.current().orElseThrow().id();

        assertThat(source.current().orElseThrow().id()).isEqualTo(first);
        file("crimes/year=2024/month=02/part-1.parquet");
        assertThat(source.current().orElseThrow().id()).isNotEqualTo(first);
    }
}
