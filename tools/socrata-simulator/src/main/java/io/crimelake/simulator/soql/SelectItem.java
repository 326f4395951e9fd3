package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

import io.crimelake.simulator.data.Column;

/** One output of {@code $select}: a column or {@code count(*)}, under the name it is served as. */
public sealed interface SelectItem {

    String outputName();

    record ColumnItem(Column column, String outputName) implements SelectItem {
        public ColumnItem {
            requireNonNull(column, "column is null");
            requireNonNull(outputName, "outputName is null");
        }
    }

    record CountItem(String outputName) implements SelectItem {
        public CountItem {
            requireNonNull(outputName, "outputName is null");
        }
    }
}
