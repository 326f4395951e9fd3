package io.crimelake.simulator.data;

import static java.util.Objects.requireNonNull;

/**
 * An immutable, column-oriented snapshot of the crimes dataset, sorted by {@code id}.
 *
 * <p>Rows are addressed by index; values come back in the text form the SODA API serves.
 */
public final class CrimeTable {

    private final ColumnStore store;

    CrimeTable(ColumnStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    public int size() {
        return store.size;
    }

    public long id(int row) {
        return store.ids.get(row);
    }

    /** Returns the first row whose id is at least {@code id}, or {@link #size()} if there is none. */
    public int firstRowWithIdAtLeast(long id) {
        return store.ids.lowerBound(id);
    }

    /** Returns the served text of a value, or {@code null} when it is missing; a location has no text form. */
    public String text(Column column, int row) {
        return switch (column) {
            case ID -> Long.toString(id(row));
            case ROW_ID -> rowIdentifier(id(row));
            case CASE_NUMBER -> store.caseNumbers.text(row);
            case DATE, UPDATED_ON, ROW_UPDATED_AT -> {
                long seconds = timestamp(column, row);
                yield seconds == FloatingTimestamps.MISSING ? null : FloatingTimestamps.formatIso(seconds);
            }
            case ARREST, DOMESTIC -> {
                Boolean flag = flag(column, row);
                yield flag == null ? null : flag.toString();
            }
            case X_COORDINATE, Y_COORDINATE, LATITUDE, LONGITUDE ->
                store.numbers.get(column).text(row, id(row));
            case LOCATION -> null;
            default -> store.texts.get(column).text(row);
        };
    }

    /** Returns the numeric reading of a value, {@code NaN} when it is missing or not a number. */
    public double number(Column column, int row) {
        return switch (column) {
            case ID -> id(row);
            case X_COORDINATE, Y_COORDINATE, LATITUDE, LONGITUDE ->
                store.numbers.get(column).number(row);
            case BLOCK,
                    IUCR,
                    PRIMARY_TYPE,
                    DESCRIPTION,
                    LOCATION_DESCRIPTION,
                    BEAT,
                    DISTRICT,
                    WARD,
                    COMMUNITY_AREA,
                    FBI_CODE,
                    YEAR -> store.texts.get(column).number(row);
            default -> Double.NaN;
        };
    }

    /** Returns a timestamp in epoch seconds, or {@link FloatingTimestamps#MISSING}. */
    public long timestamp(Column column, int row) {
        return switch (column) {
            case DATE -> store.dates.get(row);
            case UPDATED_ON, ROW_UPDATED_AT -> store.updatedOns.get(row);
            default -> throw new IllegalArgumentException(column + " is not a timestamp");
        };
    }

    public Boolean flag(Column column, int row) {
        return switch (column) {
            case ARREST -> store.arrests.get(row);
            case DOMESTIC -> store.domestics.get(row);
            default -> throw new IllegalArgumentException(column + " is not a checkbox");
        };
    }

    public boolean isMissing(Column column, int row) {
        return switch (column) {
            case ID, ROW_ID -> false;
            case DATE, UPDATED_ON, ROW_UPDATED_AT -> timestamp(column, row) == FloatingTimestamps.MISSING;
            case ARREST, DOMESTIC -> flag(column, row) == null;
            case LOCATION -> Double.isNaN(number(Column.LATITUDE, row)) || Double.isNaN(number(Column.LONGITUDE, row));
            default -> text(column, row) == null;
        };
    }

    public CrimeRecord record(int row) {
        return new CrimeRecord(
                id(row),
                text(Column.CASE_NUMBER, row),
                FloatingTimestamps.toDateTime(timestamp(Column.DATE, row)),
                text(Column.BLOCK, row),
                text(Column.IUCR, row),
                text(Column.PRIMARY_TYPE, row),
                text(Column.DESCRIPTION, row),
                text(Column.LOCATION_DESCRIPTION, row),
                flag(Column.ARREST, row),
                flag(Column.DOMESTIC, row),
                text(Column.BEAT, row),
                text(Column.DISTRICT, row),
                text(Column.WARD, row),
                text(Column.COMMUNITY_AREA, row),
                text(Column.FBI_CODE, row),
                text(Column.X_COORDINATE, row),
                text(Column.Y_COORDINATE, row),
                text(Column.YEAR, row),
                FloatingTimestamps.toDateTime(timestamp(Column.UPDATED_ON, row)),
                text(Column.LATITUDE, row),
                text(Column.LONGITUDE, row));
    }

    /** Returns a builder holding a copy of this table, for producing the next snapshot. */
    public CrimeTableBuilder toBuilder() {
        return new CrimeTableBuilder(store.copy());
    }

    // Fixed width so that the lexical order of :id is the numeric order of id, as clients paging on :id expect.
    private static String rowIdentifier(long id) {
        String digits = Long.toString(id, 36);
        return "row-" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }
}
