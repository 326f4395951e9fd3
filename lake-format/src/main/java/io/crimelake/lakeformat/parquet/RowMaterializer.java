package io.crimelake.lakeformat.parquet;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.ColumnType;
import io.crimelake.lakeformat.dataset.ColumnValues;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;

/** Collects one row's column values as Parquet decodes them and hands them to the dataset's record factory. */
final class RowMaterializer<R> extends RecordMaterializer<R> {
    private final Map<String, Integer> positions;
    private final Function<ColumnValues, R> fromColumns;
    private final PrimitiveConverter[] converters;
    private final GroupConverter root = new RootConverter();
    private Object[] current;

    RowMaterializer(DatasetDefinition<R> definition) {
        List<Column<R>> columns = definition.columns();
        this.positions = ColumnValues.positionsOf(columns);
        this.fromColumns = definition.fromColumns();
        this.converters = new PrimitiveConverter[columns.size()];
        for (int index = 0; index < columns.size(); index++) {
            converters[index] = converter(index, columns.get(index).type());
        }
    }

    @Override
    public R getCurrentRecord() {
        return fromColumns.apply(ColumnValues.wrap(positions, current));
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    private PrimitiveConverter converter(int index, ColumnType type) {
        return switch (type) {
            case STRING ->
                new PrimitiveConverter() {
                    @Override
                    public void addBinary(Binary value) {
                        current[index] = value.toStringUsingUTF8();
                    }
                };
            case INT32 ->
                new PrimitiveConverter() {
                    @Override
                    public void addInt(int value) {
                        current[index] = value;
                    }
                };
            case BOOLEAN ->
                new PrimitiveConverter() {
                    @Override
                    public void addBoolean(boolean value) {
                        current[index] = value;
                    }
                };
            case DOUBLE ->
                new PrimitiveConverter() {
                    @Override
                    public void addDouble(double value) {
                        current[index] = value;
                    }
                };
            case INT64, LOCAL_TIMESTAMP, INSTANT ->
                new PrimitiveConverter() {
                    @Override
                    public void addLong(long value) {
                        current[index] = switch (type) {
                            case LOCAL_TIMESTAMP -> TimestampMicros.toLocal(value);
                            case INSTANT -> TimestampMicros.toInstant(value);
                            default -> value;
                        };
                    }
                };
        };
    }

    private final class RootConverter extends GroupConverter {
        @Override
        public Converter getConverter(int fieldIndex) {
            return converters[fieldIndex];
        }

        @Override
        public void start() {
            // A fresh array per row: records built from it may keep it.
            current = new Object[converters.length];
        }

        @Override
        public void end() {}
    }
}
