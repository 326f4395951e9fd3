package io.crimelake.simulator.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The per-column storage shared by {@link CrimeTable} and {@link CrimeTableBuilder}. */
final class ColumnStore {

    static final List<Column> DICTIONARY_COLUMNS = List.of(
            Column.BLOCK,
            Column.IUCR,
            Column.PRIMARY_TYPE,
            Column.DESCRIPTION,
            Column.LOCATION_DESCRIPTION,
            Column.BEAT,
            Column.DISTRICT,
            Column.WARD,
            Column.COMMUNITY_AREA,
            Column.FBI_CODE,
            Column.YEAR);
    static final List<Column> NUMBER_COLUMNS =
            List.of(Column.X_COORDINATE, Column.Y_COORDINATE, Column.LATITUDE, Column.LONGITUDE);

    final LongColumn ids;
    final PackedTextColumn caseNumbers;
    final LongColumn dates;
    final LongColumn updatedOns;
    final FlagColumn arrests;
    final FlagColumn domestics;
    final Map<Column, TextColumn> texts;
    final Map<Column, NumberColumn> numbers;
    int size;

    ColumnStore(int capacity) {
        ids = new LongColumn(capacity);
        caseNumbers = new PackedTextColumn(capacity);
        dates = new LongColumn(capacity);
        updatedOns = new LongColumn(capacity);
        arrests = new FlagColumn(capacity);
        domestics = new FlagColumn(capacity);
        texts = new EnumMap<>(Column.class);
        DICTIONARY_COLUMNS.forEach(column -> texts.put(column, new TextColumn(capacity)));
        numbers = new EnumMap<>(Column.class);
        NUMBER_COLUMNS.forEach(column -> numbers.put(column, new NumberColumn(capacity)));
    }

    private ColumnStore(ColumnStore source, int[] rows) {
        boolean all = rows == null;
        ids = all ? source.ids.copy() : source.ids.select(rows);
        caseNumbers = all ? source.caseNumbers.copy() : source.caseNumbers.select(rows);
        dates = all ? source.dates.copy() : source.dates.select(rows);
        updatedOns = all ? source.updatedOns.copy() : source.updatedOns.select(rows);
        arrests = all ? source.arrests.copy() : source.arrests.select(rows);
        domestics = all ? source.domestics.copy() : source.domestics.select(rows);
        texts = new EnumMap<>(Column.class);
        source.texts.forEach((column, values) -> texts.put(column, all ? values.copy() : values.select(rows)));
        numbers = new EnumMap<>(Column.class);
        source.numbers.forEach((column, values) -> numbers.put(column, all ? values.copy() : values.select(rows)));
        size = all ? source.size : rows.length;
    }

    ColumnStore copy() {
        return new ColumnStore(this, null);
    }

    /** Returns a store holding the given rows in the given order. */
    ColumnStore select(int[] rows) {
        return new ColumnStore(this, rows);
    }

    void append(CrimeRecord record) {
        ids.append(record.id());
        caseNumbers.append(record.caseNumber());
        dates.append(FloatingTimestamps.toSeconds(record.date()));
        updatedOns.append(FloatingTimestamps.toSeconds(record.updatedOn()));
        arrests.append(record.arrest());
        domestics.append(record.domestic());
        texts.get(Column.BLOCK).append(record.block());
        texts.get(Column.IUCR).append(record.iucr());
        texts.get(Column.PRIMARY_TYPE).append(record.primaryType());
        texts.get(Column.DESCRIPTION).append(record.description());
        texts.get(Column.LOCATION_DESCRIPTION).append(record.locationDescription());
        texts.get(Column.BEAT).append(record.beat());
        texts.get(Column.DISTRICT).append(record.district());
        texts.get(Column.WARD).append(record.ward());
        texts.get(Column.COMMUNITY_AREA).append(record.communityArea());
        texts.get(Column.FBI_CODE).append(record.fbiCode());
        texts.get(Column.YEAR).append(record.year());
        numbers.get(Column.X_COORDINATE).append(record.id(), record.xCoordinate());
        numbers.get(Column.Y_COORDINATE).append(record.id(), record.yCoordinate());
        numbers.get(Column.LATITUDE).append(record.id(), record.latitude());
        numbers.get(Column.LONGITUDE).append(record.id(), record.longitude());
        size++;
    }
}
