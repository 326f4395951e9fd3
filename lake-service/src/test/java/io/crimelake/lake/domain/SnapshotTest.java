package io.crimelake.lake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotTest {
    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    static final BatchId BATCH = new BatchId("run-1");
    static final PartitionKey MARCH = new PartitionKey("crimes", 2024, 3);
    static final PartitionKey APRIL = new PartitionKey("crimes", 2024, 4);

    static PartitionFile file(PartitionKey partition, String name, long rows) {
        LocalDateTime start = LocalDateTime.of(partition.year(), partition.month(), 1, 0, 0);
        return new PartitionFile(
                partition, partition.prefix() + name, rows, 100, start, start.plusDays(1), 1, 9, "00", 1, T0);
    }

    @Test
    void nextReplacesWrittenPartitionsDropsEmptiedOnesAndKeepsTheRest() {
        Snapshot first = Snapshot.first("crimes", T0, BATCH, List.of(file(MARCH, "a", 2), file(APRIL, "b", 3)));

        Snapshot next =
                first.next(T0.plusSeconds(1), new BatchId("run-2"), List.of(file(APRIL, "c", 4)), Set.of(MARCH));

        assertThat(next.id()).isEqualTo(2);
        assertThat(next.parentId()).isEqualTo(1L);
        assertThat(next.fileKeys()).containsExactly("crimes/year=2024/month=04/c");
        assertThat(next.rows()).isEqualTo(4);
        assertThat(first.rows()).isEqualTo(5);
    }

    @Test
    void listsFilesInPartitionOrder() {
        Snapshot snapshot = Snapshot.first("crimes", T0, BATCH, List.of(file(APRIL, "b", 1), file(MARCH, "a", 1)));

        assertThat(snapshot.files()).extracting(PartitionFile::partition).containsExactly(MARCH, APRIL);
    }

    @Test
    void rejectsTwoFilesForOnePartitionAndBrokenLineage() {
        assertThatThrownBy(() -> Snapshot.first("crimes", T0, BATCH, List.of(file(MARCH, "a", 1), file(MARCH, "b", 1))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Snapshot(3, "crimes", T0, 1L, BATCH, List.of()))
                .hasMessageContaining("must follow its parent");
    }

    @Test
    void partitionFileMustLieInsideItsPartitionFolder() {
        assertThatThrownBy(() -> new PartitionFile(
                        MARCH,
                        "crimes/year=2024/month=04/x.parquet",
                        1,
                        1,
                        LocalDateTime.MIN,
                        LocalDateTime.MAX,
                        1,
                        1,
                        "0",
                        1,
                        T0))
                .hasMessageContaining("is not inside");
    }

    @Test
    void batchIdsMustBeSafeKeySegments() {
        assertThat(new BatchId("20240105T031500Z-9f2c1a").value()).isEqualTo("20240105T031500Z-9f2c1a");
        assertThatThrownBy(() -> new BatchId("../crimes")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchId("a/b")).isInstanceOf(IllegalArgumentException.class);
    }
}
