package io.crimelake.lake.adapter.out.duckdb;

import io.crimelake.lakeformat.dataset.Column;
import io.crimelake.lakeformat.dataset.ColumnValues;
import io.crimelake.lakeformat.dataset.DatasetDefinition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Rebuilds dataset records from DuckDB result rows whose columns are in the definition's order. */
final class ResultSetRows<R> {
    private final DatasetDefinition<R> definition;
    private final List<Column<R>> columns;
    private final Map<String, Integer> positions;

    ResultSetRows(DatasetDefinition<R> definition) {
        this.definition = definition;
        this.columns = definition.columns();
        this.positions = ColumnValues.positionsOf(columns);
    }

    R current(ResultSet rows) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rows, i + 1, columns.get(i));
        }
        return definition.fromColumns().apply(ColumnValues.wrap(positions, values));
    }

    private static Object value(ResultSet rows, int index, Column<?> column) throws SQLException {
        Object value = switch (column.type()) {
            case STRING -> rows.getString(index);
            case INT32 -> rows.getInt(index);
            case INT64 -> rows.getLong(index);
            case DOUBLE -> rows.getDouble(index);
            case BOOLEAN -> rows.getBoolean(index);
            case LOCAL_TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
            case INSTANT -> {
                OffsetDateTime instant = rows.getObject(index, OffsetDateTime.class);
                yield instant == null ? null : instant.toInstant();
            }
        };
        return rows.wasNull() ? null : value;
    }
}
