package io.crimelake.simulator.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields of the crimes dataset as the portal names and types them, plus the system fields SoQL can address. */
public enum Column {
    ID("id", "ID", "number", ValueKind.NUMBER),
    CASE_NUMBER("case_number", "Case Number", "text", ValueKind.TEXT),
    DATE("date", "Date", "calendar_date", ValueKind.TIMESTAMP),
    BLOCK("block", "Block", "text", ValueKind.TEXT),
    IUCR("iucr", "IUCR", "text", ValueKind.TEXT),
    PRIMARY_TYPE("primary_type", "Primary Type", "text", ValueKind.TEXT),
    DESCRIPTION("description", "Description", "text", ValueKind.TEXT),
    LOCATION_DESCRIPTION("location_description", "Location Description", "text", ValueKind.TEXT),
    ARREST("arrest", "Arrest", "checkbox", ValueKind.BOOLEAN),
    DOMESTIC("domestic", "Domestic", "checkbox", ValueKind.BOOLEAN),
    BEAT("beat", "Beat", "text", ValueKind.TEXT),
    DISTRICT("district", "District", "text", ValueKind.NUMERIC_TEXT),
    WARD("ward", "Ward", "number", ValueKind.NUMERIC_TEXT),
    COMMUNITY_AREA("community_area", "Community Area", "text", ValueKind.NUMERIC_TEXT),
    FBI_CODE("fbi_code", "FBI Code", "text", ValueKind.TEXT),
    X_COORDINATE("x_coordinate", "X Coordinate", "number", ValueKind.NUMBER),
    Y_COORDINATE("y_coordinate", "Y Coordinate", "number", ValueKind.NUMBER),
    YEAR("year", "Year", "number", ValueKind.NUMERIC_TEXT),
    UPDATED_ON("updated_on", "Updated On", "calendar_date", ValueKind.TIMESTAMP),
    LATITUDE("latitude", "Latitude", "number", ValueKind.NUMBER),
    LONGITUDE("longitude", "Longitude", "number", ValueKind.NUMBER),
    LOCATION("location", "Location", "location", ValueKind.LOCATION),
    /** Socrata's row identifier; here derived from {@code id} so that its order is the id order. */
    ROW_ID(":id", null, "row_identifier", ValueKind.TEXT),
    /** Socrata's row modification time; here the row's {@code updated_on}. */
    ROW_UPDATED_AT(":updated_at", null, "calendar_date", ValueKind.TIMESTAMP);

    /** The 22 data columns in the portal's order (the export's header order). */
    public static final List<Column> DATA_COLUMNS = List.of(values()).subList(0, LOCATION.ordinal() + 1);

    private static final Map<String, Column> BY_FIELD_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Column::fieldName, Function.identity()));
    private static final Map<String, Column> BY_DISPLAY_NAME = DATA_COLUMNS.stream()
            .collect(Collectors.toUnmodifiableMap(c -> c.displayName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String fieldName;
    private final String displayName;
    private final String dataTypeName;
    private final ValueKind kind;

    Column(String fieldName, String displayName, String dataTypeName, ValueKind kind) {
        this.fieldName = fieldName;
        this.displayName = displayName;
        this.dataTypeName = dataTypeName;
        this.kind = kind;
    }

    public static Optional<Column> byFieldName(String fieldName) {
        return Optional.ofNullable(BY_FIELD_NAME.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    public static Optional<Column> byDisplayName(String displayName) {
        return Optional.ofNullable(BY_DISPLAY_NAME.get(displayName.strip().toLowerCase(Locale.ROOT)));
    }

    public String fieldName() {
        return fieldName;
    }

    public String displayName() {
        return displayName;
    }

    public String dataTypeName() {
        return dataTypeName;
    }

    public ValueKind kind() {
        return kind;
    }
}
