package io.crimelake.lakeformat.dataset;

import static java.util.Objects.requireNonNull;

import io.crimelake.lakeformat.parquet.ParquetSchemas;
import io.crimelake.lakeformat.partition.PartitionKey;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.parquet.schema.MessageType;

/**
 * Everything the lake needs to know about one source dataset, so a new dataset is a new definition rather
 * than new plumbing.
 *
 * @param socrataId the portal's dataset identifier, e.g. {@code ijzp-q8t2}
 * @param name the lake name of the dataset: its folder under the lake root and its Parquet schema name
 * @param keyColumn the column that identifies a row across ingest runs
 * @param partitionColumn the required {@link ColumnType#LOCAL_TIMESTAMP} column that decides a row's partition
 * @param columns the stored columns, in file order
 * @param csvHeaders the portal CSV export's display headers mapped to API field names
 * @param normaliser turns a raw row keyed by API field names into a record
 * @param fromColumns rebuilds a record from the values read back from a file
 * @param <R> the record type
 */
public record DatasetDefinition<R>(
        String socrataId,
        String name,
        String keyColumn,
        String partitionColumn,
        List<Column<R>> columns,
        Map<String, String> csvHeaders,
        RowNormaliser<R> normaliser,
        Function<ColumnValues, R> fromColumns) {

    public DatasetDefinition {
        requireNonNull(socrataId, "socrataId is null");
        requireNonNull(name, "name is null");
        requireNonNull(keyColumn, "keyColumn is null");
        requireNonNull(partitionColumn, "partitionColumn is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        csvHeaders = Map.copyOf(requireNonNull(csvHeaders, "csvHeaders is null"));
        requireNonNull(normaliser, "normaliser is null");
        requireNonNull(fromColumns, "fromColumns is null");
        PartitionKey.requireValidDatasetName(name);
        requireUniqueNames(columns);
        Column<R> key = find(columns, keyColumn)
                .orElseThrow(() -> new IllegalArgumentException("key column '" + keyColumn + "' is not a column"));
        Column<R> partition = find(columns, partitionColumn)
                .orElseThrow(() ->
                        new IllegalArgumentException("partition column '" + partitionColumn + "' is not a column"));
        if (key.nullable()) {
            throw new IllegalArgumentException("key column '" + keyColumn + "' must be required");
        }
        if (partition.nullable() || partition.type() != ColumnType.LOCAL_TIMESTAMP) {
            throw new IllegalArgumentException(
                    "partition column '" + partitionColumn + "' must be a required LOCAL_TIMESTAMP");
        }
    }

    /** The Parquet schema of this dataset's files. */
    public MessageType parquetSchema() {
        return ParquetSchemas.messageType(name, columns);
    }

    /** The partition a record belongs to, from its partition column. */
    public PartitionKey partitionOf(R record) {
        Column<R> partition = find(columns, partitionColumn).orElseThrow();
        return PartitionKey.of(name, (LocalDateTime) partition.valueOf(record));
    }

    /** The API field name for a CSV export header, or the header itself when it is not a known display name. */
    public String apiFieldForCsvHeader(String header) {
        // Exports saved by spreadsheet tools start with a byte-order mark glued to the first header.
        String cleaned = header.replace("\uFEFF", "").strip();
        return csvHeaders.getOrDefault(cleaned, cleaned);
    }

    private static <R> Optional<Column<R>> find(List<Column<R>> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static void requireUniqueNames(List<? extends Column<?>> columns) {
        var seen = new HashSet<String>();
        for (Column<?> column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("duplicate column '" + column.name() + "'");
            }
        }
    }
}
