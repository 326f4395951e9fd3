package io.crimelake.simulator.query;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeTable;
import io.crimelake.simulator.data.ValueKind;
import io.crimelake.simulator.soql.OrderItem;
import io.crimelake.simulator.soql.SelectItem;
import io.crimelake.simulator.soql.SoqlException;
import io.crimelake.simulator.soql.SoqlQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs {@code count(*)} and {@code $group} queries; group order without {@code $order} follows the scan order. */
final class Aggregator {

    private Aggregator() {}

    static QueryResult.Aggregates aggregate(CrimeTable table, SoqlQuery query, RowCursor matches) {
        List<SelectItem> select = query.select();
        if (select.isEmpty()) {
            throw SoqlException.malformed("A $group query needs a $select listing the grouped columns");
        }
        for (SelectItem item : select) {
            if (item instanceof SelectItem.ColumnItem column && !query.group().contains(column.column())) {
                throw SoqlException.malformed(
                        "Column " + column.column().fieldName() + " must appear in $group or be aggregated");
            }
        }
        Map<List<Object>, long[]> counts = new LinkedHashMap<>();
        if (query.group().isEmpty()) {
            counts.put(List.of(), new long[1]);
        }
        for (int row = matches.next(); row != RowCursor.END; row = matches.next()) {
            List<Object> key = new ArrayList<>(query.group().size());
            for (Column column : query.group()) {
                key.add(groupValue(table, column, row));
            }
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        List<Object[]> rows = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> rows.add(outputRow(select, query.group(), key, count[0])));
        List<String> names = select.stream().map(SelectItem::outputName).toList();
        rows.sort(ordering(query.order(), select, names));
        int from = (int) Math.min(rows.size(), query.offset());
        int to = (int) Math.min(rows.size(), from + (long) query.limit());
        return new QueryResult.Aggregates(names, rows.subList(from, to));
    }

    private static Object[] outputRow(List<SelectItem> select, List<Column> group, List<Object> key, long count) {
        Object[] row = new Object[select.size()];
        for (int i = 0; i < select.size(); i++) {
            row[i] = switch (select.get(i)) {
                case SelectItem.ColumnItem column -> key.get(group.indexOf(column.column()));
                case SelectItem.CountItem countItem -> Long.toString(count);
            };
        }
        return row;
    }

    private static Object groupValue(CrimeTable table, Column column, int row) {
        return column.kind() == ValueKind.BOOLEAN ? table.flag(column, row) : table.text(column, row);
    }

    private static Comparator<Object[]> ordering(List<OrderItem> order, List<SelectItem> select, List<String> names) {
        Comparator<Object[]> comparator = (left, right) -> 0;
        for (OrderItem item : order) {
            int index = outputIndex(item.reference(), select, names);
            Comparator<Object[]> key = (left, right) -> compareValues(left[index], right[index]);
            comparator =
                    comparator.thenComparing(item.direction() == OrderItem.Direction.DESCENDING ? key.reversed() : key);
        }
        return comparator;
    }

    private static int outputIndex(String reference, List<SelectItem> select, List<String> names) {
        for (int i = 0; i < select.size(); i++) {
            SelectItem item = select.get(i);
            boolean matches = names.get(i).equalsIgnoreCase(reference)
                    || (reference.equals("count(*)") && item instanceof SelectItem.CountItem)
                    || (item instanceof SelectItem.ColumnItem column
                            && column.column().fieldName().equals(reference));
            if (matches) {
                return i;
            }
        }
        throw SoqlException.malformed("$order refers to " + reference + ", which is not in $select");
    }

    // Counts and numeric groups compare as numbers, everything else as text; missing values last.
    private static int compareValues(Object left, Object right) {
        if (left == null || right == null) {
            return Boolean.compare(left == null, right == null);
        }
        String a = left.toString();
        String b = right.toString();
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
