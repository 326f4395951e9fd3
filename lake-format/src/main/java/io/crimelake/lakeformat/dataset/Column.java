package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of a dataset: its lake name, type, whether it may be null, and how to read it from a record.
 *
 * @param <R> the record type of the dataset
 */
public record Column<R>(
        String name, ColumnType type, boolean nullable, String description, Function<? super R, ?> getter) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(description, "description is null");
        requireNonNull(getter, "getter is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name must be snake_case: " + name);
        }
    }

    public static <R> Column<R> required(
            String name, ColumnType type, String description, Function<? super R, ?> getter) {
        return new Column<>(name, type, false, description, getter);
    }

    public static <R> Column<R> optional(
            String name, ColumnType type, String description, Function<? super R, ?> getter) {
        return new Column<>(name, type, true, description, getter);
    }

    /** Reads this column's value from a record, checking it against the declared type and nullability. */
    public Object valueOf(R record) {
        Object value = getter.apply(record);
        if (value == null) {
            if (!nullable) {
                throw new IllegalArgumentException("required column '" + name + "' is null");
            }
            return null;
        }
        if (!type.javaType().isInstance(value)) {
            throw new IllegalArgumentException(
                    "column '" + name + "' holds a " + value.getClass().getSimpleName() + ", expected "
                            + type.javaType().getSimpleName());
        }
        return value;
    }
}
