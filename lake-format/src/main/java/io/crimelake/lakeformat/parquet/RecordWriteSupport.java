package io.crimelake.lakeformat.parquet;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/** Feeds a dataset's records into Parquet's record consumer, column by column in definition order. */
final class RecordWriteSupport<R> extends WriteSupport<R> {
    private final DatasetDefinition<R> definition;
    private final List<Column<R>> columns;
    private RecordConsumer consumer;

    RecordWriteSupport(DatasetDefinition<R> definition) {
        this.definition = requireNonNull(definition, "definition is null");
        this.columns = definition.columns();
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return writeContext();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return writeContext();
    }

    private WriteContext writeContext() {
        return new WriteContext(definition.parquetSchema(), LakeFileMetadata.of(definition));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(R record) {
        consumer.startMessage();
        for (int index = 0; index < columns.size(); index++) {
            Column<R> column = columns.get(index);
            Object value = column.valueOf(record);
            if (value != null) {
                consumer.startField(column.name(), index);
                writeValue(column, value);
                consumer.endField(column.name(), index);
            }
        }
        consumer.endMessage();
    }

    private void writeValue(Column<R> column, Object value) {
        switch (column.type()) {
            case STRING -> consumer.addBinary(Binary.fromString((String) value));
            case INT32 -> consumer.addInteger((Integer) value);
            case INT64 -> consumer.addLong((Long) value);
            case DOUBLE -> consumer.addDouble((Double) value);
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
            case LOCAL_TIMESTAMP -> consumer.addLong(TimestampMicros.fromLocal((LocalDateTime) value));
            case INSTANT -> consumer.addLong(TimestampMicros.fromInstant((Instant) value));
        }
    }
}
