package io.crimelake.lakeformat.parquet;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/** Streams a dataset's records into one new Parquet file, with no Hadoop classes needed at run time. */
public final class LakeParquetWriter<R> implements Closeable {
    private final ParquetWriter<R> writer;
    private long recordCount;

    private LakeParquetWriter(ParquetWriter<R> writer) {
        this.writer = writer;
    }

    /** Creates a ZSTD-compressed file at {@code file}, which must not exist yet. */
    public static <R> LakeParquetWriter<R> create(DatasetDefinition<R> definition, Path file) throws IOException {
        return create(definition, new LocalOutputFile(file), ParquetCompression.ZSTD);
    }

    /** Creates a file at {@code file}, which must not exist yet, compressed with {@code compression}. */
    public static <R> LakeParquetWriter<R> create(
            DatasetDefinition<R> definition, OutputFile file, ParquetCompression compression) throws IOException {
        requireNonNull(definition, "definition is null");
        requireNonNull(file, "file is null");
        requireNonNull(compression, "compression is null");
        Builder<R> builder = new Builder<>(file, definition)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new DirectCodecFactory())
                .withCompressionCodec(compression.codecName())
                .withWriteMode(ParquetFileWriter.Mode.CREATE);
        for (Column<R> column : definition.columns()) {
            if (isMostlyDistinct(definition, column)) {
                // A dictionary that is abandoned after its first page is pure cost: profiling showed dictionary
                // encoding of ids, coordinates and timestamps dominating write time.
                builder.withDictionaryEncoding(column.name(), false);
            }
        }
        return new LakeParquetWriter<>(builder.build());
    }

    private static <R> boolean isMostlyDistinct(DatasetDefinition<R> definition, Column<R> column) {
        return column.name().equals(definition.keyColumn())
                || switch (column.type()) {
                    case INT64, DOUBLE, LOCAL_TIMESTAMP, INSTANT -> true;
                    case STRING, INT32, BOOLEAN -> false;
                };
    }

    public void write(R record) throws IOException {
        requireNonNull(record, "record is null");
        writer.write(record);
        recordCount++;
    }

    /** The number of records written so far. */
    public long recordCount() {
        return recordCount;
    }

    /** Writes the footer; the file is only a valid Parquet file after this returns. */
    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder<R> extends ParquetWriter.Builder<R, Builder<R>> {
        private final DatasetDefinition<R> definition;

        Builder(OutputFile file, DatasetDefinition<R> definition) {
            super(file);
            this.definition = definition;
        }

        @Override
        protected Builder<R> self() {
            return this;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(Configuration configuration) {
            return new RecordWriteSupport<>(definition);
        }

        @Override
        protected WriteSupport<R> getWriteSupport(ParquetConfiguration configuration) {
            return new RecordWriteSupport<>(definition);
        }
    }
}
