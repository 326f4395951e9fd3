package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The column values of one stored row, looked up by column name when a record is rebuilt from a file. */
public final class ColumnValues {
    private final Map<String, Integer> positions;
    private final Object[] values;

    private ColumnValues(Map<String, Integer> positions, Object[] values) {
        this.positions = positions;
        this.values = values;
    }

    /** Positions of the given columns, computed once per file and shared by all its rows. */
    public static Map<String, Integer> positionsOf(List<? extends Column<?>> columns) {
        return IntStream.range(0, columns.size())
                .boxed()
                .collect(Collectors.toUnmodifiableMap(i -> columns.get(i).name(), i -> i));
    }

    /** Wraps values laid out in the order of {@code positions}; the array is not copied, for speed. */
    public static ColumnValues wrap(Map<String, Integer> positions, Object[] values) {
        requireNonNull(positions, "positions is null");
        requireNonNull(values, "values is null");
        if (positions.size() != values.length) {
            throw new IllegalArgumentException("expected " + positions.size() + " values, got " + values.length);
        }
        return new ColumnValues(positions, values);
    }

    /** Returns the named column's value, or null when the row holds none. */
    public <T> T get(String column, Class<T> type) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("no column named '" + column + "'");
        }
        return type.cast(values[position]);
    }
}
