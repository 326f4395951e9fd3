package io.crimelake.lakeformat.parquet;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Streams a dataset's records back out of one Parquet file, without Hadoop configuration or file systems.
 *
 * <p>Reading needs the classes of {@code hadoop-client-api} on the class path (not {@code
 * hadoop-client-runtime}): parquet's {@link ParquetReadOptions} builder always constructs its Hadoop codec
 * factory before ours replaces it. It works on {@link ParquetFileReader} row groups directly because
 * {@code ParquetReader}'s builder also links against Hadoop's file system classes.
 */
public final class LakeParquetReader<R> implements Closeable {
    private final ParquetFileReader fileReader;
    private final MessageColumnIO columnIO;
    private final RowMaterializer<R> materializer;
    private RecordReader<R> rowGroupReader;
    private long rowsLeftInRowGroup;

    private LakeParquetReader(ParquetFileReader fileReader, MessageColumnIO columnIO, RowMaterializer<R> materializer) {
        this.fileReader = fileReader;
        this.columnIO = columnIO;
        this.materializer = materializer;
    }

    public static <R> LakeParquetReader<R> open(DatasetDefinition<R> definition, Path file) throws IOException {
        return open(definition, new LocalInputFile(file));
    }

    /**
     * Opens a file written for {@code definition}; columns the definition does not know are skipped.
     *
     * @throws IllegalStateException when a column of the definition is missing from the file or has another
     *     type
     */
    public static <R> LakeParquetReader<R> open(DatasetDefinition<R> definition, InputFile file) throws IOException {
        requireNonNull(definition, "definition is null");
        requireNonNull(file, "file is null");
        var options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new DirectCodecFactory())
                .build();
        ParquetFileReader fileReader = ParquetFileReader.open(file, options);
        try {
            MessageType fileSchema = fileReader.getFooter().getFileMetaData().getSchema();
            MessageType expected = definition.parquetSchema();
            requireCompatible(definition, fileSchema, expected);
            fileReader.setRequestedSchema(expected);
            MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(expected, fileSchema);
            return new LakeParquetReader<>(fileReader, columnIO, new RowMaterializer<>(definition));
        } catch (RuntimeException e) {
            fileReader.close();
            throw e;
        }
    }

    /** Returns the next record, or null after the last one. */
    public R read() throws IOException {
        while (rowsLeftInRowGroup == 0) {
            PageReadStore rowGroup = fileReader.readNextRowGroup();
            if (rowGroup == null) {
                return null;
            }
            rowGroupReader = columnIO.getRecordReader(rowGroup, materializer);
            rowsLeftInRowGroup = rowGroup.getRowCount();
        }
        rowsLeftInRowGroup--;
        return rowGroupReader.read();
    }

    @Override
    public void close() throws IOException {
        fileReader.close();
    }

    private static void requireCompatible(DatasetDefinition<?> definition, MessageType file, MessageType expected) {
        for (Column<?> column : definition.columns()) {
            if (!file.containsField(column.name())
                    || !file.getType(column.name()).equals(expected.getType(column.name()))) {
                throw new IllegalStateException("file does not match dataset '" + definition.name() + "': column '"
                        + column.name() + "' is missing or has another type");
            }
        }
    }
}
