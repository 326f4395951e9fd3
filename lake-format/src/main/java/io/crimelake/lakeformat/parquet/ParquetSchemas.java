package io.crimelake.lakeformat.parquet;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MICROS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.ColumnType;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Maps dataset columns to Parquet types, so every dataset's files use the same physical encoding.
 *
 * <p>{@link ColumnType#LOCAL_TIMESTAMP} becomes {@code TIMESTAMP(isAdjustedToUTC=false, MICROS)}, which
 * DuckDB reads as {@code TIMESTAMP} (not {@code TIMESTAMPTZ}); {@link ColumnType#INSTANT} becomes
 * {@code TIMESTAMP(isAdjustedToUTC=true, MICROS)}.
 */
public final class ParquetSchemas {
    private ParquetSchemas() {}

    public static MessageType messageType(String name, List<? extends Column<?>> columns) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column<?> column : columns) {
            builder.addField(primitive(column));
        }
        return builder.named(name);
    }

    private static PrimitiveType primitive(Column<?> column) {
        Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
        var type = switch (column.type()) {
            case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition).as(stringType());
            case INT32 -> Types.primitive(PrimitiveTypeName.INT32, repetition);
            case INT64 -> Types.primitive(PrimitiveTypeName.INT64, repetition);
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition);
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition);
            case LOCAL_TIMESTAMP ->
                Types.primitive(PrimitiveTypeName.INT64, repetition).as(timestampType(false, MICROS));
            case INSTANT -> Types.primitive(PrimitiveTypeName.INT64, repetition).as(timestampType(true, MICROS));
        };
        return type.named(column.name());
    }
}
