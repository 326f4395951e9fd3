package io.crimelake.simulator.replay;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.data.CrimeRecord;
import io.crimelake.simulator.data.FloatingTimestamps;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Turns one replayed row's text values, keyed by column, into a {@link CrimeRecord}. */
final class RecordAssembler {

    private final ToLongFunction<String> timestampParser;

    /** @param timestampParser reads the file's timestamp form into epoch seconds */
    RecordAssembler(ToLongFunction<String> timestampParser) {
        this.timestampParser = timestampParser;
    }

    /** Returns the record; throws {@link IllegalArgumentException} for a row without a usable id or date. */
    CrimeRecord assemble(Map<Column, String> values) {
        String id = values.get(Column.ID);
        if (id == null) {
            throw new IllegalArgumentException("row without id");
        }
        return new CrimeRecord(
                Long.parseLong(id.strip()),
                values.get(Column.CASE_NUMBER),
                timestamp(values.get(Column.DATE)),
                values.get(Column.BLOCK),
                values.get(Column.IUCR),
                values.get(Column.PRIMARY_TYPE),
                values.get(Column.DESCRIPTION),
                values.get(Column.LOCATION_DESCRIPTION),
                flag(values.get(Column.ARREST)),
                flag(values.get(Column.DOMESTIC)),
                values.get(Column.BEAT),
                values.get(Column.DISTRICT),
                values.get(Column.WARD),
                values.get(Column.COMMUNITY_AREA),
                values.get(Column.FBI_CODE),
                values.get(Column.X_COORDINATE),
                values.get(Column.Y_COORDINATE),
                values.get(Column.YEAR),
                timestamp(values.get(Column.UPDATED_ON)),
                values.get(Column.LATITUDE),
                values.get(Column.LONGITUDE));
    }

    private LocalDateTime timestamp(String text) {
        return text == null ? null : FloatingTimestamps.toDateTime(timestampParser.applyAsLong(text));
    }

    private static Boolean flag(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "y", "1" -> Boolean.TRUE;
            case "false", "n", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a checkbox value: " + text);
        };
    }
}
