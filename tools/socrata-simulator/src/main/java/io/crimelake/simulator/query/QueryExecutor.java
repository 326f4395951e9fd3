package io.crimelake.simulator.query;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.soql.OrderItem;
import io.crimelake.simulator.soql.Predicate;
import io.crimelake.simulator.soql.SelectItem;
import io.crimelake.simulator.soql.SoqlException;
import io.crimelake.simulator.soql.SoqlQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * Plans and runs a SODA query over a table snapshot.
 *
 * <p>Ordered by id, rows stream straight from the id-sorted table (after a binary search when {@code $where}
 * bounds the id); without {@code $order} they stream from a random starting row, so that the order changes
 * between requests as the portal's does; any other order collects the matching rows and sorts them.
 */
public final class QueryExecutor {

    private final RandomGenerator random;

    /** @param random picks the starting row of unordered results; shared by request threads, so thread-safe */
    public QueryExecutor(RandomGenerator random) {
        this.random = random;
    }

    public QueryResult execute(CrimeTable table, SoqlQuery query) {
        IntPredicate filter = query.where() instanceof Predicate.MatchAll
                ? RowCursors.ALL_ROWS
                : new PredicateCompiler(table).compile(query.where());
        RowRange range = RowRange.of(table, query.where());
        RowCursor unordered = RowCursors.rotated(range, range.size() == 0 ? 0 : random.nextInt(range.size()), filter);
        if (query.isAggregate()) {
            return Aggregator.aggregate(table, query, unordered);
        }
        List<OutputColumn> columns = outputColumns(query.select());
        List<RowOrdering.SortKey> keys = sortKeys(query.order(), columns);
        RowCursor cursor;
        if (keys.isEmpty()) {
            cursor = unordered;
        } else if (keys.getFirst().column() == Column.ID || keys.getFirst().column() == Column.ROW_ID) {
            cursor = RowCursors.inIdOrder(range, keys.getFirst().direction(), filter);
        } else {
            cursor = sorted(table, unordered, keys);
        }
        cursor.skip(query.offset());
        return new QueryResult.Rows(table, columns, cursor.limit(query.limit()));
    }

    // Collected from the rotated scan so that ties on a non-unique key come out in a different order each time.
    private static RowCursor sorted(CrimeTable table, RowCursor matches, List<RowOrdering.SortKey> keys) {
        int[] rows = new int[1024];
        int count = 0;
        for (int row = matches.next(); row != RowCursor.END; row = matches.next()) {
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, count * 2);
            }
            rows[count++] = row;
        }
        IntSort.sort(rows, count, RowOrdering.of(table, keys));
        return RowCursors.of(rows, count);
    }

    private static List<OutputColumn> outputColumns(List<SelectItem> select) {
        if (select.isEmpty()) {
            return Column.DATA_COLUMNS.stream()
                    .map(column -> new OutputColumn(column, column.fieldName()))
                    .toList();
        }
        return select.stream()
                .map(item -> (SelectItem.ColumnItem) item)
                .map(item -> new OutputColumn(item.column(), item.outputName()))
                .toList();
    }

    private static List<RowOrdering.SortKey> sortKeys(List<OrderItem> order, List<OutputColumn> columns) {
        List<RowOrdering.SortKey> keys = new ArrayList<>();
        for (OrderItem item : order) {
            Column column = Column.byFieldName(item.reference())
                    .or(() -> columns.stream()
                            .filter(output -> output.name().equalsIgnoreCase(item.reference()))
                            .map(OutputColumn::column)
                            .findFirst())
                    .orElseThrow(() -> new SoqlException(
                            SoqlException.NO_SUCH_COLUMN, "No such column in $order: " + item.reference()));
            keys.add(new RowOrdering.SortKey(column, item.direction()));
        }
        return keys;
    }
}
