package io.crimelake.lakeformat.dataset;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The value types a lake column can hold, each with the one Java type that carries it in records.
 */
public enum ColumnType {
    /** UTF-8 text; also used for codes whose leading zeros or letters matter ("0421", "143A"). */
    STRING(String.class),
    INT32(Integer.class),
    INT64(Long.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    /** Wall-clock date and time with no zone (a "floating" timestamp), as the portal publishes it. */
    LOCAL_TIMESTAMP(LocalDateTime.class),
    /** A point on the UTC time line, for lineage such as when a row was ingested. */
    INSTANT(Instant.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
