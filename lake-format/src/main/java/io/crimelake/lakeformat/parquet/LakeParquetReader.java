package io.crimelake.lakeformat.parquet;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

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
            MessageType requested = requestedSchema(definition, fileSchema);
            fileReader.setRequestedSchema(requested);
            MessageColumnIO columnIO = new ColumnIOFactory().getColumnIO(requested, fileSchema);
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

    /**
     * The definition's columns as the file stores them. Files written by DuckDB's {@code COPY} (lake-service
     * writes partition files that way) describe the same integers as {@code INT(32|64, signed)}, the one
     * difference accepted; reading with the file's own field types keeps the decoder in step with it.
     */
    private static MessageType requestedSchema(DatasetDefinition<?> definition, MessageType file) {
        MessageType expected = definition.parquetSchema();
        List<Type> fields = new ArrayList<>();
        for (Column<?> column : definition.columns()) {
            if (!file.containsField(column.name())
                    || !sameValues(file.getType(column.name()), expected.getType(column.name()))) {
                throw new IllegalStateException("file does not match dataset '" + definition.name() + "': column '"
                        + column.name() + "' is missing or has another type");
            }
            fields.add(file.getType(column.name()));
        }
        return new MessageType(expected.getName(), fields);
    }

    private static boolean sameValues(Type found, Type expected) {
        if (!found.isPrimitive() || found.getRepetition() != expected.getRepetition()) {
            return false;
        }
        PrimitiveType primitive = found.asPrimitiveType();
        PrimitiveTypeName physical = expected.asPrimitiveType().getPrimitiveTypeName();
        if (primitive.getPrimitiveTypeName() != physical) {
            return false;
        }
        LogicalTypeAnnotation annotation = primitive.getLogicalTypeAnnotation();
        LogicalTypeAnnotation wanted = expected.getLogicalTypeAnnotation();
        return Objects.equals(annotation, wanted) || (wanted == null && isPlainSignedInteger(annotation, physical));
    }

    private static boolean isPlainSignedInteger(LogicalTypeAnnotation annotation, PrimitiveTypeName physical) {
        int width = physical == PrimitiveTypeName.INT32 ? 32 : physical == PrimitiveTypeName.INT64 ? 64 : 0;
        return annotation instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer
                && integer.isSigned()
                && integer.getBitWidth() == width;
    }
}
