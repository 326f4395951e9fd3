package io.crimelake.lake.adapter.out.objectstore;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.PartitionFile;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.partition.PartitionKey;
import io.crimelake.lakeformat.store.LocalObjectStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The stored manifest format, which external readers rely on as much as this service does. */
class ObjectStoreSnapshotStoreTest {
    static final Instant COMMITTED = Instant.parse("2025-06-01T04:00:00Z");

    @TempDir
    Path folder;

    @Test
    void storesReadableManifestsAndAPointerToTheCurrentOne() throws Exception {
        try (var store = new LocalObjectStore(folder)) {
            var snapshots =
                    new ObjectStoreSnapshotStore(store, JsonMapper.builder().build());
            Snapshot first = Snapshot.first("crimes", COMMITTED, new BatchId("run-1"), List.of(file()));
            Snapshot second = first.next(COMMITTED.plusSeconds(60), new BatchId("run-2"), List.of(), Set.of());

            snapshots.commit(first);
            snapshots.commit(second);

            assertThat(snapshots.current("crimes")).contains(second);
            assertThat(snapshots.find("crimes", 1)).contains(first);
            assertThat(snapshots.ids("crimes")).containsExactly(1L, 2L);
            assertThat(read(store, "_snapshots/crimes/current"))
                    .isEqualTo("_snapshots/crimes/00000000000000000002.json");
            assertThat(read(store, "_snapshots/crimes/00000000000000000001.json"))
                    .contains(
                            "\"formatVersion\":1",
                            "\"snapshotId\":1",
                            "\"committedAt\":\"2025-06-01T04:00:00Z\"",
                            "\"batchId\":\"run-1\"",
                            "\"rows\":42",
                            "\"key\":\"crimes/year=2024/month=03/part-1.parquet\"",
                            "\"year\":2024",
                            "\"month\":3",
                            "\"minDate\":\"2024-03-01T00:05:00\"",
                            "\"sha256\":\"" + "ab".repeat(32) + "\"");
            snapshots.delete("crimes", List.of(1L));
            assertThat(snapshots.ids("crimes")).containsExactly(2L);
        }
    }

    @Test
    void hasNoCurrentSnapshotBeforeTheFirstCommit() throws Exception {
        try (var store = new LocalObjectStore(folder)) {
            assertThat(new ObjectStoreSnapshotStore(store, JsonMapper.builder().build()).current("crimes"))
                    .isEmpty();
        }
    }

    private static PartitionFile file() {
        var partition = new PartitionKey("crimes", 2024, 3);
        return new PartitionFile(
                partition,
                partition.prefix() + "part-1.parquet",
                42,
                4096,
                LocalDateTime.parse("2024-03-01T00:05:00"),
                LocalDateTime.parse("2024-03-31T23:55:00"),
                7,
                99,
                "ab".repeat(32),
                1,
                COMMITTED);
    }

    private static String read(LocalObjectStore store, String key) throws Exception {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
