package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lake.application.port.out.WrittenPartition;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import io.crimelake.lakeformat.parquet.LakeParquetWriter;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes rows arriving sorted by partition column into one lake-format file per partition, collecting the
 * statistics the manifest records; lake-format's writer keeps the files' types exactly the lake schema.
 */
final class PartitionFileWriter<R> implements AutoCloseable {
    private final DatasetDefinition<R> definition;
    private final Path folder;
    private final List<WrittenPartition> written = new ArrayList<>();
    private LakeParquetWriter<R> writer;
    private PartitionKey partition;
    private Path file;
    private LocalDateTime minDate;
    private LocalDateTime maxDate;
    private long minId;
    private long maxId;

    PartitionFileWriter(DatasetDefinition<R> definition, Path folder) {
        this.definition = definition;
        this.folder = folder;
    }

    /** Appends a record; {@code id} and {@code date} are its key and partition column values. */
    void write(R record, long id, LocalDateTime date) throws IOException {
        PartitionKey target = PartitionKey.of(definition.name(), date);
        if (!target.equals(partition)) {
            finishPartition();
            startPartition(target, date);
        }
        writer.write(record);
        minId = Math.min(minId, id);
        maxId = Math.max(maxId, id);
        maxDate = date;
    }

    /** Closes the last file and returns every partition written, in order. */
    List<WrittenPartition> finish() throws IOException {
        finishPartition();
        return List.copyOf(written);
    }

    private void startPartition(PartitionKey target, LocalDateTime date) throws IOException {
        partition = target;
        file = folder.resolve("part-" + UUID.randomUUID() + ".parquet");
        writer = LakeParquetWriter.create(definition, file);
        minDate = date;
        minId = Long.MAX_VALUE;
        maxId = Long.MIN_VALUE;
    }

    private void finishPartition() throws IOException {
        if (writer == null) {
            return;
        }
        writer.close();
        written.add(new WrittenPartition(
                partition, file, writer.recordCount(), Files.size(file), minDate, maxDate, minId, maxId, sha256(file)));
        writer = null;
        partition = null;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
