package io.crimelake.lake.testing;

import io.crimelake.lake.adapter.out.duckdb.DuckDbDatabase;
import io.crimelake.lake.adapter.out.duckdb.DuckDbPartitionMerger;
import io.crimelake.lake.adapter.out.objectstore.LakeKeys;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreCompactionJournal;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreLakeFiles;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreLeaseStore;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreQuarantineStore;
import io.crimelake.lake.adapter.out.objectstore.ObjectStoreSnapshotStore;
import io.crimelake.lake.application.port.in.CompactBatchCommand;
import io.crimelake.lake.application.service.CompactBatchService;
import io.crimelake.lake.application.service.SnapshotCommitter;
import io.crimelake.lake.application.service.SnapshotQueryService;
import io.crimelake.lake.application.service.VacuumLakeService;
import io.crimelake.lake.application.service.WorkFolders;
import io.crimelake.lake.application.service.WriterLease;
import io.crimelake.lake.domain.BatchId;
import io.crimelake.lake.domain.CompactionResult;
import io.crimelake.lake.domain.RetentionPolicy;
import io.crimelake.lake.domain.Snapshot;
import io.crimelake.lakeformat.crimes.CrimeRecord;
import io.crimelake.lakeformat.crimes.CrimesDataset;
import io.crimelake.lakeformat.parquet.LakeParquetReader;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import io.crimelake.lakeformat.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.LocalInputFile;
import tools.jackson.databind.json.JsonMapper;

/** The lake-service core wired on a real object store and DuckDB, the way the configuration wires it. */
public final class TestLake implements AutoCloseable {
    public static final String CRIMES = "crimes";
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int KEEP_LAST = 2;

    public final ObjectStore store;
    public final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T00:00:00Z"));
    public final ObjectStoreSnapshotStore snapshots;
    public final ObjectStoreLakeFiles files;
    public final ObjectStoreLeaseStore leases;
    public final CompactBatchService compaction;
    public final VacuumLakeService vacuum;
    public final SnapshotQueryService queries;
    private final Path folder;
    private final DuckDbDatabase database;

    public TestLake(ObjectStore store, Path folder) throws Exception {
        this.store = store;
        this.folder = Files.createDirectories(folder);
        JsonMapper json = JsonMapper.builder().build();
        database = new DuckDbDatabase("256MB", 1, folder.resolve("spill"));
        snapshots = new ObjectStoreSnapshotStore(store, json);
        files = new ObjectStoreLakeFiles(store, LakeKeys.defaults(), folder.resolve("cache"));
        leases = new ObjectStoreLeaseStore(store, json, clock);
        var merger = new DuckDbPartitionMerger(database, List.of(CrimesDataset.definition()));
        // No waiting for a busy lease, so that tests of the single writer see the refusal at once.
        var writerLease = new WriterLease(leases, Duration.ofMinutes(10), Duration.ZERO);
        compaction = new CompactBatchService(
                files,
                snapshots,
                writerLease,
                merger,
                new SnapshotCommitter(files, snapshots, clock),
                new ObjectStoreCompactionJournal(store, clock),
                new WorkFolders(folder.resolve("work")));
        vacuum = new VacuumLakeService(files, snapshots, writerLease, new RetentionPolicy(RETENTION, KEEP_LAST), clock);
        queries = new SnapshotQueryService(snapshots, new ObjectStoreQuarantineStore(store, LakeKeys.defaults()));
    }

    /** Stages the records as ingest would, one Parquet file per page, and returns the batch id. */
    public BatchId stage(String runId, List<List<CrimeRecord>> pages) throws IOException {
        int page = 0;
        for (List<CrimeRecord> records : pages) {
            Path file = folder.resolve("stage-" + UUID.randomUUID() + ".parquet");
            try (var writer = LakeParquetWriter.create(CrimesDataset.definition(), file)) {
                for (CrimeRecord record : records) {
                    writer.write(record);
                }
            }
            store.upload("_staging/crimes/%s/part-%06d.parquet".formatted(runId, ++page), file);
            Files.delete(file);
        }
        return new BatchId(runId);
    }

    public BatchId stage(String runId, CrimeRecord... records) throws IOException {
        return stage(runId, List.of(List.of(records)));
    }

    public CompactionResult compact(BatchId batch) {
        return compaction.compact(new CompactBatchCommand(CRIMES, batch));
    }

    public Snapshot current() {
        return snapshots.current(CRIMES).orElseThrow();
    }

    /** Every row of a snapshot, read from the store with lake-format's reader, in file order. */
    public List<CrimeRecord> rows(Snapshot snapshot) throws IOException {
        List<CrimeRecord> rows = new ArrayList<>();
        for (var file : snapshot.files()) {
            rows.addAll(read(file.key()));
        }
        return rows;
    }

    public List<CrimeRecord> read(String key) throws IOException {
        Path copy = folder.resolve("read-" + UUID.randomUUID() + ".parquet");
        store.download(key, copy);
        List<CrimeRecord> rows = new ArrayList<>();
        try (var reader = LakeParquetReader.open(CrimesDataset.definition(), copy)) {
            for (CrimeRecord row = reader.read(); row != null; row = reader.read()) {
                rows.add(row);
            }
        } finally {
            Files.delete(copy);
        }
        return rows;
    }

    /** Damages a column's first data page of a stored object, its footer left intact. */
    public void damagePage(String key, String column, DamagedPages.Damage damage) throws IOException {
        Path copy = folder.resolve("damage-" + UUID.randomUUID() + ".parquet");
        store.download(key, copy);
        try {
            DamagedPages.damage(copy, column, damage);
            store.upload(key, copy);
        } finally {
            Files.delete(copy);
        }
    }

    /** The local folder compactions work in; empty between compactions. */
    public Path workFolder() {
        return folder.resolve("work");
    }

    /** The footer of a lake file: its schema and key-value metadata as written. */
    public FileMetaData footer(String key) throws IOException {
        Path copy = folder.resolve("footer-" + UUID.randomUUID() + ".parquet");
        store.download(key, copy);
        var options =
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try (var reader = ParquetFileReader.open(new LocalInputFile(copy), options)) {
            return reader.getFileMetaData();
        } finally {
            Files.delete(copy);
        }
    }

    @Override
    public void close() throws Exception {
        database.close();
        store.close();
    }
}
