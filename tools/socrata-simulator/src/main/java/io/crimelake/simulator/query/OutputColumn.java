package io.crimelake.simulator.query;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;

/** A column of a row result and the name it is served under (its field name or a {@code $select} alias). */
public record OutputColumn(Column column, String name) {

    public OutputColumn {
        requireNonNull(column, "column is null");
        requireNonNull(name, "name is null");
    }
}
